import { Button, Text, View } from '@tarojs/components'
import { WebLoginBodySchema } from '@zhilian/shared/contracts/account'
import { PASSWORD_RULE, USERNAME_RULE } from '@zhilian/shared/contracts/signup'
import { useState } from 'react'
import { setWebLogin } from '../../api/account'
import { AccountField } from '../../components/AccountField'
import { useSave } from '../../lib/use-save'

/**
 * 设置网页登录 (decision 059): a student who came in through WeChat names this same account for the phone browser,
 * so the résumé and applications are one on both.
 */
export function WebLoginForm({ onCodes }: { onCodes: (codes: string[]) => void }) {
  const [d, setD] = useState({ username: '', password: '', confirm: '' })
  const set = (k: keyof typeof d) => (v: string) => { setD((prev) => ({ ...prev, [k]: k === 'username' ? v.toLowerCase() : v })); clearIssue(k) }
  const { save, saving, issues, clearIssue } = useSave(WebLoginBodySchema, setWebLogin, (result) => onCodes(result.recoveryCodes), {
    success: '网页登录已设置',
    check: (): Record<string, string> => (d.confirm !== d.password ? { confirm: '两次输入的密码不一致' } : {}),
  })
  return (
    <View className='card'>
      <Text className='section-title'>设置网页登录</Text>
      <Text className='muted'>设置账号名和密码后，可在手机浏览器中登录同一个账号，简历和投递记录与小程序相同。</Text>
      <AccountField label='账号名' name='username' value={d.username} onInput={set('username')} error={issues.username} hint={USERNAME_RULE} placeholder='如 zhangsan2026' />
      <AccountField label='密码' name='password' password value={d.password} onInput={set('password')} error={issues.password} hint={PASSWORD_RULE} placeholder='请设置密码' />
      <AccountField label='确认密码' name='confirm' password value={d.confirm} onInput={set('confirm')} error={issues.confirm} placeholder='请再次输入密码' />
      <Button className='btn btn--primary btn--block' loading={saving} disabled={saving} onClick={() => void save({ username: d.username, password: d.password })}>
        设置网页登录
      </Button>
    </View>
  )
}
