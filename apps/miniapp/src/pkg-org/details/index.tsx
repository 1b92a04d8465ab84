import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { OrgKind, VerificationStatus } from '@zhilian/shared'
import type { MyMembership } from '@zhilian/shared/contracts/me'
import type { Org } from '@zhilian/shared/contracts/organizations'
import { MEMBER_ROLE_LABELS, roleMay } from '@zhilian/shared/rules/org-roles'
import { fetchMe } from '../../api/me'
import { fetchMyOrganizations } from '../../api/organizations'
import { MissingLink } from '../../components/MissingLink'
import { OrgPendingChange } from '../../components/OrgPendingChange'
import { orgStatusMeaning } from '../../components/org-status-text'
import { StateView } from '../../components/StateView'
import { whoMay } from '../../lib/use-org-permissions'
import { usePullDown } from '../../lib/use-pull-down'
import { useRemote } from '../../lib/use-remote'
import { DetailsCard } from './DetailsCard'
import { WithdrawChange } from './WithdrawChange'
import '../../components/list-form/ListForm.css'
import '../../styles/kit/page.css'

/**
 * 单位资料 (decision 091): what the unit registered with, its standing and a change waiting for review. The owner and
 * managers edit it (PATCH /api/organizations/{id}, decision 028); every other member reads the same page.
 */
export default function OrgDetailsPage() {
  const orgId = useRouter().params.orgId
  return orgId ? <OrgDetails orgId={orgId} /> : <MissingLink whose='单位' what='资料' />
}

function OrgDetails({ orgId }: { orgId: string }) {
  const orgs = useRemote(fetchMyOrganizations)
  const me = useRemote(fetchMe)
  usePullDown(orgs.reload, me.reload)
  const org = orgs.data?.items.find((o) => o.id === orgId)
  const membership = me.data?.memberships.find((m) => m.org.id === orgId)
  const loaded = orgs.data !== undefined && me.data !== undefined
  return (
    <View className='page-pad'>
      <StateView
        loading={!loaded && (orgs.loading || me.loading)}
        error={loaded ? undefined : (orgs.error ?? me.error)}
        onRetry={() => void Promise.all([orgs.reload(), me.reload()])}
        empty={loaded && (!org || !membership)}
        emptyText='未找到该单位'
        emptyHint='您可能已不是该单位的成员，请回到工作台查看'
      >
        {/* Keyed by the answer's identity so a pull-to-refresh starts the form from what the server holds now. */}
        {org && membership && <Details key={JSON.stringify(org)} org={org} membership={membership} onSaved={() => void orgs.reload()} />}
      </StateView>
    </View>
  )
}

/** Who may edit: the role table's 'profile' (decision 028); a claimant waiting in a verified unit edits nothing yet. */
function editRefusal(org: Org, m: MyMembership): string | null {
  if (!roleMay(m.role, 'profile')) return `您的角色（${MEMBER_ROLE_LABELS[m.role]}）只能查看单位资料；${whoMay('profile')}可以修改`
  if (m.status !== 'verified' && (org.verification === 'verified' || org.verification === 'suspended')) return '您的成员身份通过认证后才能修改单位资料'
  return null
}

function Details({ org, membership, onSaved }: { org: Org; membership: MyMembership; onSaved: (org: Org) => void }) {
  const refusal = editRefusal(org, membership)
  const suspension = membership.org.suspension
  return (
    <View>
      <View className='card'>
        <View className='workbench__head'>
          <Text className='workbench__org'>{org.name}</Text>
          <Text className={`status-tag status-tag--${org.verification}`}>{OrgKind.labels[org.kind]} · {VerificationStatus.labels[org.verification]}</Text>
        </View>
        <Text className='workbench__meaning'>{orgStatusMeaning(org.kind, org.verification)}</Text>
        {suspension && (
          <Text className='workbench__suspended' role='alert'>
            本单位已被{suspension.by}暂停，原因：{suspension.reason}。{refusal ? '' : '暂停期间不能修改单位名称、统一社会信用代码和所在城市，其他资料可以修改。'}
          </Text>
        )}
        {org.reviewNote && <Text className='lf-field__error'>审核意见：{org.reviewNote}</Text>}
        <OrgPendingChange change={org.pendingChange} current={org.name} />
        {org.pendingChange && !refusal && <WithdrawChange org={org} onWithdrawn={onSaved} />}
        {refusal && <Text className='workbench__meaning org-details__read-only'>{refusal}</Text>}
      </View>
      <DetailsCard org={org} readOnly={refusal !== null} onSaved={onSaved} />
    </View>
  )
}
