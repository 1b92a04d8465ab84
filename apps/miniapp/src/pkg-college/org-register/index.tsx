import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { EnterpriseNature, OrgKind, VerificationStatus } from '@zhilian/shared'
import { OrgRegisterBodySchema } from '@zhilian/shared/contracts/organizations'
import { UNIT_KINDS } from '@zhilian/shared/rules/org-kinds'
import { useState } from 'react'
import { fetchMyOrganizations, registerOrganization } from '../../api/organizations'
import { fetchChains } from '../../api/reference'
import { useCityVocab, useLabelVocab } from '../../components/list-form/use-cities'
import { StateView } from '../../components/StateView'
import { UsccField } from '../../components/UsccField'
import { useRemote } from '../../lib/use-remote'
import { useSave } from '../../lib/use-save'
import { orgStatusMeaning } from '../../components/org-status-text'
import '../../components/list-form/ListForm.css'
import '../college.css'

type Form = Record<string, string | string[] | undefined>
/** What each 单位 kind will find in its workbench (UNIT_PAGES), said before it registers. */
const UNIT_KIND_NOTES: Record<(typeof UNIT_KINDS)[number], string> = {
  enterprise: '企业可发布岗位、填报需求清单（附件2）、匹配院校、预约设备、参展',
  research_institute: '科研院所可发布岗位、预约院校共享设备、参展',
  industry_org: '行业组织可组织双选会与对接会、参展',
  service_provider: '服务机构可发布岗位、参展',
}
const TEXT_FIELDS = [
  ['name', '单位名称'], ['address', '地址（选填）'], ['contactName', '联系人'], ['contactPhone', '联系电话'], ['contactTitle', '联系人职务（选填）'], ['contactEmail', '联系邮箱（选填）'],
] as const

type UnitKind = (typeof UNIT_KINDS)[number]
const isUnitKind = (k: string | undefined): k is UnitKind => (UNIT_KINDS as readonly string[]).includes(k ?? '')

/**
 * Registering a college (?kind=college) or a 单位, then its review status. A 单位 is an enterprise, a 科研院所, an
 * 行业组织 or a 服务机构 (decision 022): the kind is chosen here, since a research institute's staff, offered only
 * 注册新企业, had no way to register as what they are (decision 079).
 */
export default function OrgRegisterPage() {
  const asked = useRouter().params.kind
  const side = asked === 'college' ? 'college' : 'unit'
  const [unitKind, setUnitKind] = useState<UnitKind>(isUnitKind(asked) ? asked : 'enterprise')
  const kind = side === 'college' ? 'college' : unitKind
  const cities = useCityVocab()
  const labels = useLabelVocab()
  const chains = useRemote(fetchChains)
  const mine = useRemote(fetchMyOrganizations)
  const [form, setForm] = useState<Form>({ chains: [], labels: [] })
  const { save, saving: busy, issues, clearIssue } = useSave(OrgRegisterBodySchema, registerOrganization, () => {
    // The application now shows in the status card at the top: empty the form and bring the card into view.
    setForm({ chains: [], labels: [] })
    void mine.reload()
    void Taro.pageScrollTo({ scrollTop: 0, duration: 300 })
  }, {
    success: '已提交，等待审核',
    fieldOf: (path) => path.split('.')[0] ?? path,
    confirm: async (body) =>
      (await Taro.showModal({ title: '确认提交', content: `提交「${body.name}」的注册申请？统一社会信用代码提交后不能修改。`, confirmText: '提交', cancelText: '取消' })).confirm,
  })
  const set = (key: string, value: string | string[] | undefined) => {
    setForm((f) => ({ ...f, [key]: value }))
    clearIssue(key)
  }
  const toggle = (key: 'chains' | 'labels', id: string) => {
    const list = (form[key] as string[]) ?? []
    set(key, list.includes(id) ? list.filter((x) => x !== id) : [...list, id])
  }

  // Blank fields are left out, so an optional one reads as not given rather than as an invalid empty value.
  // 企业性质 and 企业称号 belong to an enterprise: a choice made before switching to another kind is not sent.
  const submit = () => save(Object.fromEntries(Object.entries({ ...form, kind, ...(kind === 'enterprise' ? {} : { nature: undefined, labels: undefined }) }).filter(([, v]) => v !== undefined && v !== '')))

  const chips = (key: 'chains' | 'labels', items: [string, string][]) => (
    <View className='lf-chips'>
      {items.map(([id, name]) => (
        <Text role='button' key={id} className={`lf-chip ${((form[key] as string[]) ?? []).includes(id) ? 'lf-chip--on' : ''}`} onClick={() => toggle(key, id)}>
          {name}
        </Text>
      ))}
    </View>
  )
  const err = (key: string) => (issues[key] ? <Text className='lf-field__error'>{issues[key]}</Text> : null)
  const mineOfKind = mine.data?.items.filter((o) => (side === 'college' ? o.kind === 'college' : isUnitKind(o.kind))) ?? []

  return (
    <View className='college'>
      {mineOfKind.length > 0 && (
        <View className='card'>
          <Text className='college__h'>{side === 'college' ? '我的院校' : '我的单位'}</Text>
          {mineOfKind.map((o) => (
            <View key={o.id} className='college__item'>
              <Text className='college__line'>
                {o.name}{side === 'unit' ? ` · ${OrgKind.labels[o.kind]}` : ''} · {VerificationStatus.labels[o.verification]}
              </Text>
              <Text className='muted'>{orgStatusMeaning(o.kind, o.verification)}</Text>
              {o.reviewNote && <Text className='lf-field__error'>审核意见：{o.reviewNote}</Text>}
            </View>
          ))}
        </View>
      )}
      <View className='card'>
        <Text className='college__h'>{side === 'college' ? '注册院校' : '注册单位'}</Text>
        {side === 'unit' && (
          <View className='lf-field'>
            <Text className='lf-field__label'>单位类型</Text>
            <View className='lf-chips'>
              {UNIT_KINDS.map((k) => (
                <Text role='button' key={k} className={`lf-chip ${unitKind === k ? 'lf-chip--on' : ''}`} onClick={() => setUnitKind(k)}>
                  {OrgKind.labels[k]}
                </Text>
              ))}
            </View>
            <Text className='muted'>{UNIT_KIND_NOTES[unitKind]}</Text>
          </View>
        )}
        <View className='lf-field'>
          <Text className='lf-field__label'>{TEXT_FIELDS[0][1]}</Text>
          <Input aria-label={TEXT_FIELDS[0][1]} className='lf-field__input' name='name' value={(form.name as string) ?? ''} onInput={(e) => set('name', e.detail.value)} />
          {err('name')}
        </View>
        <UsccField name='uscc' value={(form.uscc as string) ?? ''} enterprise={kind === 'enterprise'} error={issues.uscc || undefined} onChange={(v) => set('uscc', v)} />
        <View className='lf-field'>
          <Text className='lf-field__label'>所在城市</Text>
          <StateView loading={cities.loading} error={cities.error} onRetry={cities.reload}>
            <View className='lf-chips'>
              {Object.entries(cities.vocab.labels).map(([code, name]) => (
                <Text role='button' key={code} className={`lf-chip ${form.cityCode === code ? 'lf-chip--on' : ''}`} onClick={() => set('cityCode', code)}>
                  {name}
                </Text>
              ))}
            </View>
          </StateView>
          {err('cityCode')}
        </View>
        {kind === 'enterprise' && (
          <View className='lf-field'>
            <Text className='lf-field__label'>企业性质</Text>
            <View className='lf-chips'>
              {Object.entries(EnterpriseNature.labels).map(([k, label]) => (
                <Text role='button' key={k} className={`lf-chip ${form.nature === k ? 'lf-chip--on' : ''}`} onClick={() => set('nature', k)}>
                  {label}
                </Text>
              ))}
            </View>
            {err('nature')}
          </View>
        )}
        <View className='lf-field'>
          <Text className='lf-field__label'>所属产业链（可多选）</Text>
          {chips('chains', (chains.data ?? []).map((c) => [c.id, c.name]))}
          {err('chains')}
        </View>
        {kind === 'enterprise' && (
          <View className='lf-field'>
            <Text className='lf-field__label'>企业称号（选填）</Text>
            {chips('labels', Object.entries(labels.labels))}
            {err('labels')}
          </View>
        )}
        {TEXT_FIELDS.slice(1).map(([key, label]) => (
          <View key={key} className='lf-field'>
            <Text className='lf-field__label'>{label}</Text>
            <Input aria-label={label} className='lf-field__input' name={key} value={(form[key] as string) ?? ''} onInput={(e) => set(key, e.detail.value || undefined)} />
            {err(key)}
          </View>
        ))}
        <View className='lf-field'>
          <Text className='lf-field__label'>单位简介（选填）</Text>
          <Textarea aria-label='单位简介（选填）' className='lf-field__textarea' name='intro' value={(form.intro as string) ?? ''} onInput={(e) => set('intro', e.detail.value || undefined)} />
        </View>
        <Button className='btn btn--primary btn--block' loading={busy} disabled={busy} onClick={() => void submit()}>
          提交注册
        </Button>
      </View>
    </View>
  )
}
