import Taro from '@tarojs/taro'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { CreateProjectBodySchema, type LINKED_SOURCES, type Partner } from '@zhilian/shared/contracts/projects'
import { partnerKinds } from '@zhilian/shared/rules/project-parties'
import { PROJECT_SOURCE_LABELS, type ProjectSource } from '@zhilian/shared/rules/projects'
import type { Major } from '@zhilian/shared/contracts/reference'
import { useState } from 'react'
import { fetchMe } from '../../api/me'
import { createProject } from '../../api/projects'
import { fetchChains } from '../../api/reference'
import { MajorPicker } from '../../components/list-form/MajorPicker'
import { OptionChips } from '../../components/OptionChips'
import { unitsThatMay } from '../../lib/acting-units'
import { useRemote } from '../../lib/use-remote'
import { useLeaveGuard } from '../../lib/use-leave-guard'
import { useSave } from '../../lib/use-save'
import { ROUTES } from '../../routes'
import { LinkPicker } from './LinkPicker'
import { MilestonesField, type MilestoneDraft } from './MilestonesField'
import { PartyPicker } from './PartyPicker'
import { PartnerPicker } from './PartnerPicker'
import '../../styles/kit/page.css'
import '../../styles/kit/field.css'
import '../projects.css'

/** 揭榜挂帅 projects start from the accepted taker's card; these four start here. */
type FormSource = Exclude<ProjectSource, 'challenge'>
const SOURCES: FormSource[] = ['event_signing', 'equipment_booking', 'training', 'order_class']
const SOURCE_OPTIONS = SOURCES.map((s) => ({ value: s, label: PROJECT_SOURCE_LABELS[s] }))
const LINK_FIELD = { event_signing: 'eventId', equipment_booking: 'equipmentId', training: 'courseId' } as const satisfies Record<(typeof LINKED_SOURCES)[number], string>
const isLinked = (s: FormSource): s is keyof typeof LINK_FIELD => s in LINK_FIELD
const PARTNER_NOTE: Partial<Record<FormSource, string>> = {
  equipment_booking: '院校登记时选择预约设备的企业；企业登记时可不选，合作单位即设备所属院校',
  training: '选择接受培训的企业',
}

/**
 * Registers a cooperation project (decision 036): pick what it grew from — a 签约 at an event, a series of
 * equipment bookings, a training for an enterprise, an 订单班 for a major — the partner, chain, goals and
 * milestones. The BFF settles who may name what (project-sources.ts); its field problems show under the fields.
 */
export default function NewProjectPage() {
  const [source, setSource] = useState<FormSource>('event_signing')
  const [linkId, setLinkId] = useState<string>()
  const [major, setMajor] = useState<Major>()
  const [partner, setPartner] = useState<Partner>()
  const [chainId, setChainId] = useState<string>()
  const [title, setTitle] = useState('')
  const [goals, setGoals] = useState('')
  const [milestones, setMilestones] = useState<MilestoneDraft[]>([])
  const chains = useRemote(fetchChains)
  // A member who may cooperate for several verified units names the party (decision 094); with one, the BFF knows it.
  const me = useRemote(fetchMe)
  const parties = unitsThatMay(me.data?.memberships, 'cooperation')
  const [orgId, setOrgId] = useState<string>()
  // The partner kinds opposite the party's own (decision 107); unknown until the party is known, then all are offered.
  const myKind = (parties.length > 1 ? parties.find((m) => m.org.id === orgId) : parties[0])?.org.kind
  const kinds = myKind ? partnerKinds(source, myKind) : undefined
  // Anything picked or typed beyond the defaults is work a slip of the back button would lose.
  const release = useLeaveGuard(!!(linkId || major || partner || chainId || title || goals || milestones.length > 0))
  const { save, saving, issues } = useSave(CreateProjectBodySchema, createProject, (p) => {
    release()
    void Taro.redirectTo({ url: `${ROUTES.projectDetail}?id=${encodeURIComponent(p.id)}` })
  }, '已登记')

  const pickSource = (s: FormSource | undefined) => {
    if (!s || s === source) return
    setSource(s)
    setLinkId(undefined)
    if (partner && myKind && !partnerKinds(s, myKind).includes(partner.kind)) setPartner(undefined)
  }
  const submit = () => void save({
    source, title, goals, milestones,
    ...(isLinked(source) && linkId ? { [LINK_FIELD[source]]: linkId } : {}),
    ...(source === 'order_class' && major ? { majorCode: major.code } : {}),
    ...(partner ? { partnerOrgId: partner.id } : {}),
    ...(chainId ? { chainId } : {}),
    ...(orgId && parties.length > 1 ? { orgId } : {}),
  })
  const chainOptions = [{ value: undefined, label: '随来源' }, ...(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))]

  return (
    <View className='page-pad'>
      <View className='card'>
        {parties.length > 1 && <PartyPicker parties={parties} picked={orgId} onPick={setOrgId} error={issues.orgId} />}
        <OptionChips label='项目来源' options={SOURCE_OPTIONS} selected={source} onSelect={pickSource} />
        {isLinked(source) && <LinkPicker key={source} source={source} picked={linkId} onPick={setLinkId} error={issues[LINK_FIELD[source]]} />}
        {source === 'order_class' && (
          <View className='field'>
            <Text className='field__label'>订单班专业</Text>
            {major && <Text className='partner-picked'>{major.code} {major.name}</Text>}
            <MajorPicker name='major' onPick={setMajor} />
            {issues.majorCode && <Text className='field-error'>{issues.majorCode}</Text>}
          </View>
        )}
        <PartnerPicker key={kinds?.join() ?? ''} picked={partner} onPick={setPartner} error={issues.partnerOrgId} kinds={kinds} />
        {PARTNER_NOTE[source] && <Text className='muted'>{PARTNER_NOTE[source]}</Text>}
        <View className='field'>
          <Text className='field__label'>项目名称</Text>
          <Input aria-label='项目名称' className='field__input' name='title' maxlength={80} placeholder='例如：数控技术订单班合作' value={title} onInput={(e) => setTitle(e.detail.value)} />
          {issues.title && <Text className='field-error'>{issues.title}</Text>}
        </View>
        <OptionChips label='产业链' options={chainOptions} selected={chainId} onSelect={setChainId} />
        {issues.chainId && <Text className='field-error'>{issues.chainId}</Text>}
        <View className='field'>
          <Text className='field__label'>合作目标</Text>
          <Textarea aria-label='合作目标' className='field__textarea' name='goals' maxlength={1000} placeholder='例如：三年联合培养60名数控技术技能人才' value={goals} onInput={(e) => setGoals(e.detail.value)} />
          {issues.goals && <Text className='field-error'>{issues.goals}</Text>}
        </View>
        <MilestonesField value={milestones} onChange={setMilestones} issues={issues} />
        <Button className='btn btn--primary btn--block' loading={saving} disabled={saving} onClick={submit}>登记项目</Button>
      </View>
    </View>
  )
}
