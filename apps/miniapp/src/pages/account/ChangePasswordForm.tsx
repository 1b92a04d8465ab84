import { Button, Text, View } from '@tarojs/components'
import { ChangePasswordBodySchema } from '@zhilian/shared/contracts/account'
import { PASSWORD_RULE } from '@zhilian/shared/contracts/signup'
import { useState } from 'react'
import { changePassword } from '../../api/account'
import { AccountField } from '../../components/AccountField'
import { useSave } from '../../lib/use-save'

const EMPTY = { currentPassword: '', newPassword: '', confirm: '' }

/** 修改密码: the current password, then the new one twice; every other device is signed out (decision 059). */
export function ChangePasswordForm() {
  const [d, setD] = useState(EMPTY)
  const set = (k: keyof typeof EMPTY) => (v: string) => { setD((prev) => ({ ...prev, [k]: v })); clearIssue(k) }
  const { save, saving, issues, clearIssue } = useSave(ChangePasswordBodySchema, changePassword, () => setD(EMPTY), {
    success: () => ({ title: '密码已修改，其他设备已退出登录', icon: 'none' }),
    check: (): Record<string, string> => (d.confirm !== d.newPassword ? { confirm: '两次输入的新密码不一致' } : {}),
  })
  return (
    <View className='card'>
      <Text className='section-title'>修改密码</Text>
      <AccountField label='原密码' name='currentPassword' password value={d.currentPassword} onInput={set('currentPassword')} error={issues.currentPassword} />
      <AccountField label='新密码' name='newPassword' password value={d.newPassword} onInput={set('newPassword')} error={issues.newPassword} hint={PASSWORD_RULE} />
      <AccountField label='确认新密码' name='confirmNew' password value={d.confirm} onInput={set('confirm')} error={issues.confirm} placeholder='请再次输入新密码' />
      <Button className='btn btn--primary btn--block' loading={saving} disabled={saving}
        onClick={() => void save({ currentPassword: d.currentPassword, newPassword: d.newPassword })}>
        修改密码
      </Button>
    </View>
  )
}
