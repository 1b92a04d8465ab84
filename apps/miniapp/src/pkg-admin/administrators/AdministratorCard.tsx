import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { Administrator } from '@zhilian/shared/contracts/administrators'
import type { MemberSignInReset } from '@zhilian/shared/contracts/members'
import { useState } from 'react'
import { disableAdministrator, enableAdministrator, resetAdministratorSignIn } from '../../api/administrators'
import { errorMessage } from '../../api/api-error'
import { SignInResetCard } from '../../components/SignInResetCard'
import { palette } from '../../styles/palette'
import './AdministratorCard.css'

function Tag({ a }: { a: Administrator }) {
  if (a.disabledAt) return <Text className='status-tag status-tag--rejected'>已停用</Text>
  if (a.self) return <Text className='status-tag status-tag--verified'>本人</Text>
  if (a.passwordTemporary) return <Text className='status-tag status-tag--pending'>待设置新密码</Text>
  return null
}

/**
 * One administrator account with its actions, each behind a confirmation: 重置登录 shows the temporary password once, as
 * an owner's reset of a member does (SignInResetCard); 停用 ends its sessions (decision 072); a disabled account says
 * who disabled it and offers only 重新启用 (074), whose temporary password shows the same way (078). Nothing is offered on one's own account.
 */
export function AdministratorCard({ a, onChanged }: { a: Administrator; onChanged: () => void }) {
  const [reset, setReset] = useState<MemberSignInReset>()
  const [busy, setBusy] = useState(false)
  const act = async (title: string, content: string, confirmText: string, run: () => Promise<void>) => {
    const { confirm } = await Taro.showModal({ title, content, confirmText, cancelText: '取消', confirmColor: palette.danger })
    if (!confirm) return
    setBusy(true)
    try {
      await run()
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    } finally {
      setBusy(false)
    }
  }
  const resetSignIn = () => act('重置登录', `将为“${a.displayName}”生成一次性临时密码，其所有登录立即退出。确定重置吗？`, '重置', async () => {
    setReset(await resetAdministratorSignIn(a.id))
  })
  const disable = () => act('停用管理员', `停用后“${a.displayName}”（${a.scopeLabel}）的所有登录立即退出，且不能再登录；账号名不能再用于新账号。确定停用吗？`, '停用', async () => {
    await disableAdministrator(a.id)
    void Taro.showToast({ title: '已停用', icon: 'success' })
    onChanged()
  })
  // 重新启用 replaces the password the holder had before 停用 (decision 078): the answer's temporary password is shown
  // once on this card, as 重置登录's is; an account that signs in through WeChat has none.
  const enable = () => act('重新启用管理员', `启用后将为“${a.displayName}”（${a.scopeLabel}）生成一次性临时密码，原密码失效，原有登录状态不会恢复。确定启用吗？`, '启用', async () => {
    const { signIn } = await enableAdministrator(a.id)
    if (signIn) setReset(signIn)
    else void Taro.showToast({ title: '已启用', icon: 'success' })
    onChanged()
  })
  const actionable = !a.self && !a.disabledAt
  return (
    <View className='card admin-account' aria-label={`管理员 ${a.displayName}`}>
      <View className='admin-account__head'>
        <Text className='admin-account__name'>{a.displayName}</Text>
        <Tag a={a} />
      </View>
      <Text className='admin-account__line'>{a.scopeLabel}</Text>
      <Text className='muted admin-account__line'>账号：{a.username ?? '微信登录，无账号名'}</Text>
      {a.disabledBy && <Text className='muted admin-account__line'>由 {a.disabledBy} 停用</Text>}
      {reset && <SignInResetCard reset={reset} onDone={() => setReset(undefined)} />}
      {actionable && !reset && (
        <View className='admin-account__actions'>
          {a.username && <Button className='btn btn--ghost' disabled={busy} onClick={() => void resetSignIn()}>重置登录</Button>}
          <Button className='btn btn--danger' disabled={busy} onClick={() => void disable()}>停用</Button>
        </View>
      )}
      {!a.self && a.disabledAt && !reset && (
        <View className='admin-account__actions'>
          <Button className='btn btn--ghost' disabled={busy} onClick={() => void enable()}>重新启用</Button>
        </View>
      )}
    </View>
  )
}
