import { ScrollView, Text, View } from '@tarojs/components'
import type { Chain } from '@zhilian/shared/contracts/reference'
import { isCandidateChain } from '../lib/is-candidate-chain'
import './ChainChips.css'

export interface ChainChipsProps {
  chains: Chain[]
  /** undefined means 全部 */
  selected?: string
  onSelect: (chainId: string | undefined) => void
}

export function ChainChips({ chains, selected, onSelect }: ChainChipsProps) {
  const chip = (id: string | undefined, label: string, candidate = false) => (
    <View
      role='button'
      key={id ?? 'all'}
      className={`chain-chip${selected === id ? ' chain-chip--active' : ''}`}
      aria-pressed={selected === id}
      onClick={() => onSelect(id)}
    >
      <Text>{label}</Text>
      {candidate && <Text className='chain-chip__tag'>待确认</Text>}
    </View>
  )
  return (
    <ScrollView className='chain-chips' scrollX enableFlex>
      {chip(undefined, '全部')}
      {chains.map((c) => chip(c.id, c.name, isCandidateChain(c.status)))}
    </ScrollView>
  )
}
