import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { MEMBER_ROLE_LABELS, OrgKind, VerificationStatus } from '@zhilian/shared'
import type { OrgIdentityChange } from '@zhilian/shared/contracts/organizations'
import { fetchMe } from '../api/me'
import { fetchMyOrganizations } from '../api/organizations'
import { useRemote } from '../lib/use-remote'
import { ROUTES } from '../routes'
import { useCityVocab } from './list-form/use-cities'
import { orgStatusMeaning } from './org-status-text'
import { StateView } from './StateView'
import { usePullDown } from '../lib/use-pull-down'
import '../styles/kit/page.css'

/**
 * The enterprise and college workbenches start as the organisation's standing with the platform;
 * the list forms (需求清单 / 供给清单) arrive with their features.
 */
export function OrgWorkbench({ kind }: { kind: 'enterprise' | 'college' }) {
  const me = useRemote(fetchMe)
  const orgs = useRemote(fetchMyOrganizations)
  usePullDown(me.reload, orgs.reload)
  const pendingOf = (orgId: string) => orgs.data?.items.find((o) => o.id === orgId)?.pendingChange ?? null
  // The 单位 workbench holds every kind but the college (decision 022).
  const memberships = me.data?.memberships.filter((m) => (kind === 'college' ? m.org.kind === 'college' : m.org.kind !== 'college')) ?? []

  return (
    <View className='workbench'>
      <StateView
        loading={me.loading && !me.data}
        error={me.data ? undefined : me.error}
        onRetry={me.reload}
        empty={memberships.length === 0}
        emptyText={kind === 'college' ? '您尚未加入任何院校' : '您尚未加入任何单位'}
        // The two ways in, named as the page names them: a newcomer read only the code (decision 079).
        emptyHint={kind === 'college'
          ? '同事邀请您时，请点下方「凭邀请码加入单位」；本校尚未入驻时，请点「注册新院校」'
          : '同事邀请您时，请点下方「凭邀请码加入单位」；本单位尚未入驻时，请点「注册新单位」（企业、科研院所、行业组织或服务机构）'}
      >
        {memberships.map((m) => (
          <View key={m.id} className='card'>
            <View className='workbench__head'>
              <Text className='workbench__org'>{m.org.name}</Text>
              <Text className={`status-tag status-tag--${m.org.verification}`}>{OrgKind.labels[m.org.kind]} · {VerificationStatus.labels[m.org.verification]}</Text>
            </View>
            <Text className='workbench__meaning'>{orgStatusMeaning(m.org.kind, m.org.verification)}</Text>
            {m.org.suspension && (
              <Text className='workbench__suspended' role='alert'>
                本单位已被{m.org.suspension.by}暂停，原因：{m.org.suspension.reason}。如有疑问，请联系{m.org.suspension.by}。
              </Text>
            )}
            <PendingChange change={pendingOf(m.org.id)} current={m.org.name} />
            <View className='workbench__contact'>
              <Text className='muted'>
                我的角色：{MEMBER_ROLE_LABELS[m.role]}（{VerificationStatus.labels[m.status]}）
              </Text>
            </View>
            {m.status === 'verified' && m.org.verification === 'verified' && (
              <View className='row-actions'>
                <Button className='btn btn--ghost btn--small' onClick={() => void Taro.navigateTo({ url: `${ROUTES.orgMembers}?orgId=${m.org.id}` })}>成员管理</Button>
                <Button className='btn btn--ghost btn--small' onClick={() => void Taro.navigateTo({ url: `${ROUTES.orgEffectiveness}?orgId=${m.org.id}` })}>本单位成效</Button>
              </View>
            )}
          </View>
        ))}
      </StateView>
      <View role='button' className='card nav-link' onClick={() => void Taro.navigateTo({ url: ROUTES.orgJoin })}>
        <Text>凭邀请码加入单位</Text>
        <Text className='muted'>›</Text>
      </View>
    </View>
  )
}

const FIELD = { name: '名称', uscc: '统一社会信用代码', cityCode: '所在城市' } as const

/** A verified unit's requested change of name, code or city: under review, the old values still public (decision 014). */
function PendingChange({ change, current }: { change: OrgIdentityChange | null; current: string }) {
  return change ? <PendingChangeNote change={change} current={current} /> : null
}

function PendingChangeNote({ change, current }: { change: OrgIdentityChange; current: string }) {
  // A new city by its name: its adcode (所在城市代码改为「370200」) means nothing to the person who asked (decision 061).
  const cities = useCityVocab().vocab.labels
  const shown: OrgIdentityChange = { ...change, cityCode: change.cityCode && (cities[change.cityCode] ?? change.cityCode) }
  const lines = (Object.keys(FIELD) as (keyof typeof FIELD)[]).filter((k) => shown[k]).map((k) => `${FIELD[k]}改为「${shown[k]}」`)
  return (
    <Text className='review-note org-pending-change'>
      信息变更审核中：{lines.join('，')}。审核通过前，对外仍显示「{current}」。
    </Text>
  )
}
