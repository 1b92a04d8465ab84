import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { VerificationStatus } from '@zhilian/shared'
import type { CreatedInvitation, Member, MemberSignInReset, MembersView } from '@zhilian/shared/contracts/members'
import { MEMBER_ROLE_LABELS, type OrgRoleName } from '@zhilian/shared/rules/org-roles'
import { Fragment, useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { changeMemberRole, fetchMembers, removeMember, resetMemberSignIn, revokeInvitation, transferOwner } from '../../api/members'
import { MissingLink } from '../../components/MissingLink'
import { StateView } from '../../components/StateView'
import { shortDateTime } from '../../lib/beijing-time'
import { useRemote } from '../../lib/use-remote'
import { joinPath } from '../invite-link'
import { InviteCard } from './InviteCard'
import { SignInResetCard } from '../../components/SignInResetCard'
import { palette } from '../../styles/palette'
import { usePullDown } from '../../lib/use-pull-down'
import './index.css'
import '../../styles/kit/page.css'

const ROLES: OrgRoleName[] = ['manager', 'hr', 'list_filler', 'viewer']
const STATE: Record<MembersView['invitations'][number]['state'], string> = { open: '待使用', used: '已使用', expired: '已过期', revoked: '已撤销' }

async function confirm(title: string, content: string, confirmText: string) {
  const { confirm: ok } = await Taro.showModal({ title, content, confirmText, cancelText: '取消', confirmColor: palette.danger })
  return ok
}

/**
 * 成员管理 (decision 028): everyone sees who is in the organisation and in which role; the owner invites,
 * changes roles, removes, hands over and resets a member's sign-in (decision 063), each after a confirmation where it
 * cannot be undone.
 */
export default function MembersPage() {
  const orgId = useRouter().params.orgId
  // Opened without its id (a cut link): say so and lead back, instead of asking the BFF for nothing.
  return orgId ? <OrgMembers orgId={orgId} /> : <MissingLink whose='单位' what='成员' />
}

/** Who suspended the unit and why; to the owner, also what can and cannot be done here meanwhile. */
function SuspendedNote({ suspension, owner }: { suspension: NonNullable<MembersView['suspension']>; owner: boolean }) {
  const meanwhile = owner ? '暂停期间不能邀请成员、调整角色或移交负责人；您仍可查看和移除成员、重置成员登录、撤销邀请。恢复后可继续管理，' : ''
  return (
    <Text className='workbench__suspended' role='alert'>
      本单位已被{suspension.by}暂停，原因：{suspension.reason}。{meanwhile}如有疑问，请联系{suspension.by}。
    </Text>
  )
}

function OrgMembers({ orgId }: { orgId: string }) {
  const view = useRemote(() => fetchMembers(orgId))
  const [created, setCreated] = useState<CreatedInvitation>()
  const [busy, setBusy] = useState(false)
  // The temporary password of the last reset, shown once under that member's row until the owner says it was handed over.
  const [reset, setReset] = useState<{ memberId: string; shown: MemberSignInReset }>()
  usePullDown(view.reload)
  useShareAppMessage(() => ({
    title: created && view.data ? `邀请您以${MEMBER_ROLE_LABELS[created.role]}身份加入「${view.data.org.name}」` : '职链齐鲁',
    path: created ? joinPath(created.code) : '/pages/home/index',
  }))
  const v = view.data
  // While the unit is suspended the owner takes access away (移除, 重置登录, 撤销) but gives none (decision 101).
  const grants = v ? v.canManage && !v.suspension : false

  const act = async (run: () => Promise<unknown>, done: string) => {
    setBusy(true)
    try {
      await run()
      void Taro.showToast({ title: done, icon: 'none' })
      await view.reload()
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    } finally {
      setBusy(false)
    }
  }
  const pickRole = async (m: Member) => {
    const choices = ROLES.filter((r) => r !== m.role)
    const { tapIndex } = await Taro.showActionSheet({ itemList: choices.map((r) => MEMBER_ROLE_LABELS[r]) }).catch(() => ({ tapIndex: -1 }))
    const role = choices[tapIndex]
    if (role) await act(() => changeMemberRole(orgId, m.id, role), `已改为${MEMBER_ROLE_LABELS[role]}`)
  }
  const remove = async (m: Member) => {
    if (await confirm('移除成员', `移除后“${m.displayName}”将立即失去本单位的全部权限。确定移除吗？`, '移除')) await act(() => removeMember(orgId, m.id), '已移除')
  }
  const handOver = async (m: Member) => {
    if (await confirm('移交负责人', `移交后“${m.displayName}”成为单位负责人，您将改为业务管理员，不能再管理成员。确定移交吗？`, '移交')) {
      await act(() => transferOwner(orgId, m.id), '已移交负责人')
    }
  }
  const resetSignIn = async (m: Member) => {
    const content = `重置后“${m.displayName}”的所有登录立即退出，原密码失效。将生成一个临时密码，只显示一次，由您转交本人；对方用它登录时须设置新密码。确定重置吗？`
    if (await confirm('重置登录', content, '重置')) await act(async () => setReset({ memberId: m.id, shown: await resetMemberSignIn(orgId, m.id) }), '已重置登录')
  }
  const revoke = async (id: string) => {
    if (await confirm('撤销邀请', '撤销后该邀请码立即失效。', '撤销')) await act(() => revokeInvitation(orgId, id), '已撤销')
  }

  return (
    <View className='page-pad members'>
      <StateView loading={view.loading && !v} error={v ? undefined : view.error} onRetry={() => void view.reload()}>
        {v && (
          <View>
            <View className='card'>
              <Text className='section-title'>{v.org.name}</Text>
              <Text className='muted' style={{ display: 'block' }}>我的角色：{MEMBER_ROLE_LABELS[v.myRole]}{v.canManage ? '' : '（成员由单位负责人管理）'}</Text>
              {v.suspension && <SuspendedNote suspension={v.suspension} owner={v.canManage} />}
            </View>
            {grants && <InviteCard orgId={orgId} created={created} onCreated={(c) => { setCreated(c); void view.reload() }} />}
            <View className='card'>
              <Text className='section-title'>成员（{v.members.length}）</Text>
              {v.members.map((m) => (
                <Fragment key={m.id}>
                  <View className='member-row'>
                    <View className='member-row__who'>
                      <Text>{m.displayName}{m.isMe ? '（我）' : ''}</Text>
                      <Text className='muted'>{MEMBER_ROLE_LABELS[m.role]}{m.status === 'verified' ? '' : ` · ${VerificationStatus.labels[m.status]}`}</Text>
                    </View>
                    {v.canManage && m.role !== 'owner' && (
                      <View className='row-actions'>
                        {grants && <Button className='btn btn--ghost btn--small' disabled={busy} onClick={() => void pickRole(m)}>改角色</Button>}
                        {grants && m.status === 'verified' && <Button className='btn btn--ghost btn--small' disabled={busy} onClick={() => void handOver(m)}>设为负责人</Button>}
                        {m.status === 'verified' && <Button className='btn btn--ghost btn--small' disabled={busy} onClick={() => void resetSignIn(m)}>重置登录</Button>}
                        <Button className='btn btn--danger btn--small' disabled={busy} onClick={() => void remove(m)}>移除</Button>
                      </View>
                    )}
                  </View>
                  {reset?.memberId === m.id && <SignInResetCard reset={reset.shown} onDone={() => setReset(undefined)} />}
                </Fragment>
              ))}
            </View>
            {v.canManage && v.invitations.length > 0 && (
              <View className='card'>
                <Text className='section-title'>最近的邀请</Text>
                {v.invitations.map((i) => (
                  <View key={i.id} className='member-row'>
                    <View className='member-row__who'>
                      <Text>尾号 {i.codeHint} · {MEMBER_ROLE_LABELS[i.role]}</Text>
                      <Text className='muted'>{STATE[i.state]}{i.usedBy ? `（${i.usedBy}）` : ''} · {shortDateTime(i.expiresAt)} 前有效</Text>
                    </View>
                    {i.state === 'open' && <Button className='btn btn--ghost btn--small' disabled={busy} onClick={() => void revoke(i.id)}>撤销</Button>}
                  </View>
                ))}
              </View>
            )}
          </View>
        )}
      </StateView>
    </View>
  )
}
