import { Text, View } from '@tarojs/components'
import { OrgKind } from '@zhilian/shared'
import type { MyMembership } from '@zhilian/shared/contracts/me'
import '../../styles/kit/field.css'
import '../projects.css'

/**
 * 建立单位 for a member who may cooperate for several units (decision 094): one row per unit with its whole name and
 * kind, one under another. A row of chips (decision 094's first form) showed a single, cut name at 360 px and 1.5×
 * text, the other unit scrolled out of sight, and nothing said what the choice was (decision 098).
 */
export function PartyPicker({ parties, picked, onPick, error }: { parties: MyMembership[]; picked: string | undefined; onPick: (id: string) => void; error?: string }) {
  return (
    <View className='field'>
      <Text className='field__label'>建立单位</Text>
      <Text className='muted'>您在{parties.length}家单位可以办理产教对接，请选择以哪家单位的名义登记本项目；对方单位在下方「合作单位」中选择</Text>
      {parties.map((m) => (
        <View role='button' key={m.org.id} aria-pressed={picked === m.org.id} className={`milestone-pick${picked === m.org.id ? ' milestone-pick--on' : ''}`} onClick={() => onPick(m.org.id)}>
          <Text>{m.org.name}</Text>
          <Text className='muted'>（{OrgKind.labels[m.org.kind]}）</Text>
        </View>
      ))}
      {error && <Text className='field-error'>{error}</Text>}
    </View>
  )
}
