import { Text, View } from '@tarojs/components'
import { Role } from '@zhilian/shared'
import type { DemoAccount } from '@zhilian/shared/contracts/auth'
import './index.css'

/** Shown only when the BFF lists demo accounts (it does when seeded with demo data). */
export function DemoAccounts({ accounts, onPick }: { accounts: DemoAccount[]; onPick: (username: string) => void }) {
  if (accounts.length === 0) return null
  return (
    <View>
      <Text className='section-title'>快速体验</Text>
      {accounts.map((a) => (
        <View role='button' key={a.username} className='card demo-card' onClick={() => onPick(a.username)}>
          <Text className='demo-card__title'>以{Role.labels[a.role]}身份体验</Text>
          <Text className='muted'>{a.displayName} · {a.description}</Text>
        </View>
      ))}
    </View>
  )
}
