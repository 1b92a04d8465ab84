import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { RecoverPasswordBodySchema, type RecoveredSession } from '@zhilian/shared/contracts/account'
import { RECOVERY_CODE_RULE } from '@zhilian/shared/contracts/recovery-codes'
import { PASSWORD_RULE } from '@zhilian/shared/contracts/signup'
import { useState } from 'react'
import { ApiError, errorMessage } from '../../api/api-error'
import { recoverPassword } from '../../api/account'
import { AccountField } from '../../components/AccountField'
import { leaveLoginPage } from '../../lib/after-login'
import { useSave } from '../../lib/use-save'
import { ROUTES } from '../../routes'
import '../../styles/kit/field.css'
import '../../styles/kit/page.css'

interface Draft { username: string; code: string; newPassword: string; confirm: string }

/** Few codes left: the student should make a new set before the last one goes. */
const FEW_LEFT = 3

/**
 * 忘记密码 (decision 059): the account name, one recovery code and a new password. No SMS or e-mail is verified,
 * so the codes shown at sign-up are the only way back; the answer signs this device in and every other out.
 */
export default function RecoverPage() {
  const { params } = useRouter()
  const [d, setD] = useState<Draft>({ username: '', code: '', newPassword: '', confirm: '' })
  const [done, setDone] = useState<RecoveredSession>()
  const set = (k: keyof Draft) => (v: string) => { setD((prev) => ({ ...prev, [k]: v })); clearIssue(k) }
  const { save, saving, issues, clearIssue } = useSave(RecoverPasswordBodySchema, recoverPassword, setDone, {
    success: '密码已重置',
    check: (): Record<string, string> => (d.confirm !== d.newPassword ? { confirm: '两次输入的新密码不一致' } : {}),
    // A wrong code and an unknown name answer alike, without field issues: the message belongs under the code.
    issuesOfError: (e) => (e instanceof ApiError && (e.code === 'INVALID_CREDENTIALS' || e.code === 'RATE_LIMITED') ? { code: errorMessage(e) } : undefined),
  })

  if (done) {
    return (
      <View className='page-pad'>
        <View className='card'>
          <Text className='section-title'>密码已重置，你已登录</Text>
          <Text className='muted'>其他设备上的登录已全部退出。用过的恢复码已作废，你还剩 {done.recoveryCodesLeft} 个恢复码。</Text>
          {done.recoveryCodesLeft <= FEW_LEFT && (
            <Text className='field-error'>恢复码不多了，请到“我的 → 账号安全”重新生成一组并保存。</Text>
          )}
          <Button className='btn btn--primary btn--block' onClick={() => leaveLoginPage(params.redirect)}>继续</Button>
          <Button className='btn btn--ghost btn--block' onClick={() => void Taro.redirectTo({ url: ROUTES.account })}>去账号安全</Button>
        </View>
      </View>
    )
  }

  return (
    <View className='page-pad'>
      <View className='card'>
        <Text className='muted'>平台不验证手机号，找回密码需要你保存的恢复码（学生注册时获得，单位工作人员在“我的 → 账号安全”生成）。每个恢复码只能使用一次。</Text>
        <AccountField label='账号名' name='username' value={d.username} onInput={set('username')} error={issues.username} />
        <AccountField label='恢复码' name='code' value={d.code} onInput={set('code')} error={issues.code} hint={RECOVERY_CODE_RULE} placeholder='如 7KQ2-M9XD-4HCV-P3RA' />
        <AccountField label='新密码' name='newPassword' password value={d.newPassword} onInput={set('newPassword')} error={issues.newPassword} hint={PASSWORD_RULE} />
        <AccountField label='确认新密码' name='confirm' password value={d.confirm} onInput={set('confirm')} error={issues.confirm} placeholder='请再次输入新密码' />
        <Button className='btn btn--primary btn--block' loading={saving} disabled={saving}
          onClick={() => void save({ username: d.username, code: d.code, newPassword: d.newPassword })}>
          重置密码并登录
        </Button>
        <Text className='muted'>恢复码全部遗失时无法自助找回：学生只能重新注册一个账号，单位成员请联系单位负责人重置登录。</Text>
      </View>
    </View>
  )
}
