import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { MemberSignInReset } from '@zhilian/shared/contracts/members'
import { shortDateTime } from '../lib/beijing-time'
import './SignInResetCard.css'

/**
 * The temporary password after 重置登录, shown this once: the owner (decision 063, a member's) or the administrator
 * (decision 064, an owner's) copies it or reads it out to the person, who must set a new one at the next sign-in.
 * Closing the card drops it from the page for good.
 */
export function SignInResetCard({ reset, onDone }: { reset: MemberSignInReset; onDone: () => void }) {
  const copy = () => void Taro.setClipboardData({ data: `账号：${reset.username}\n临时密码：${reset.temporaryPassword}` })
    .then(() => Taro.showToast({ title: '账号和临时密码已复制', icon: 'none' }))
  return (
    <View className='reset-card' role='region' aria-label='临时密码'>
      <Text className='section-title'>已重置“{reset.member}”的登录</Text>
      <Text className='muted' style={{ display: 'block' }}>账号：{reset.username}</Text>
      <Text className='reset-card__password' selectable>{reset.temporaryPassword}</Text>
      <Text className='muted' style={{ display: 'block' }}>
        临时密码只显示这一次，{shortDateTime(reset.expiresAt)} 前有效。请当面或私下转交本人；对方用它登录时须设置新密码，此前的所有登录已退出。
      </Text>
      <Button className='btn btn--ghost btn--block' onClick={copy}>复制账号和临时密码</Button>
      <Button className='btn btn--primary btn--block reset-card__done' onClick={onDone}>我已转交</Button>
    </View>
  )
}
