import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { MEMBER_ROLE_LABELS, OrgKind, VerificationStatus } from '@zhilian/shared'
import { fetchMe } from '../api/me'
import { fetchMyOrganizations } from '../api/organizations'
import { useRemote } from '../lib/use-remote'
import { ROUTES } from '../routes'
import { OrgPendingChange } from './OrgPendingChange'
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
            <OrgPendingChange change={pendingOf(m.org.id)} current={m.org.name} />
            <View className='workbench__contact'>
              <Text className='muted'>
                我的角色：{MEMBER_ROLE_LABELS[m.role]}（{VerificationStatus.labels[m.status]}）
              </Text>
            </View>
            <View className='row-actions'>
              {/* Every member reads the details; the owner and managers edit them there, a registrant too (decision 091). */}
              <Button className='btn btn--ghost btn--small' onClick={() => void Taro.navigateTo({ url: `${ROUTES.orgDetails}?orgId=${m.org.id}` })}>单位资料</Button>
              {m.status === 'verified' && m.org.verification === 'verified' && (
                <>
                  <Button className='btn btn--ghost btn--small' onClick={() => void Taro.navigateTo({ url: `${ROUTES.orgMembers}?orgId=${m.org.id}` })}>成员管理</Button>
                  <Button className='btn btn--ghost btn--small' onClick={() => void Taro.navigateTo({ url: `${ROUTES.orgEffectiveness}?orgId=${m.org.id}` })}>本单位成效</Button>
                </>
              )}
            </View>
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
