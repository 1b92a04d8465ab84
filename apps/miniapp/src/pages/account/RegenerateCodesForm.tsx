import { Button, Text, View } from '@tarojs/components'
import { RegenerateRecoveryCodesBodySchema } from '@zhilian/shared/contracts/account'
import { useState } from 'react'
import { regenerateRecoveryCodes } from '../../api/account'
import { AccountField } from '../../components/AccountField'
import { beijingDateTime } from '../../lib/beijing-time'
import { useSave } from '../../lib/use-save'

/** 恢复码: how many are left, and a new set after the password (the old set stops working). */
export function RegenerateCodesForm({ left, createdAt, onCodes }: { left: number; createdAt: string | null; onCodes: (codes: string[]) => void }) {
  const [password, setPassword] = useState('')
  const { save, saving, issues, clearIssue } = useSave(RegenerateRecoveryCodesBodySchema, regenerateRecoveryCodes, (set) => { setPassword(''); onCodes(set.codes) }, '已生成新的恢复码')
  return (
    <View className='card'>
      <Text className='section-title'>账号恢复码</Text>
      <Text className='muted'>
        {left > 0 ? `还剩 ${left} 个未使用的恢复码` : '没有可用的恢复码，忘记密码时将无法找回账号'}
        {createdAt ? `（生成于 ${beijingDateTime(createdAt)}）` : ''}。恢复码只在生成时显示一次；重新生成后，旧的恢复码全部作废。
      </Text>
      <AccountField label='当前密码' name='regeneratePassword' password value={password} onInput={(v) => { setPassword(v); clearIssue('currentPassword') }} error={issues.currentPassword} />
      <Button className='btn btn--ghost btn--block' loading={saving} disabled={saving} onClick={() => void save({ currentPassword: password })}>
        重新生成恢复码
      </Button>
    </View>
  )
}
