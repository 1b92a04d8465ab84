import { Text, View } from '@tarojs/components'
import type { ChainStats } from '../api/contracts/stats'
import { isCandidateChain } from '../lib/is-candidate-chain'
import './ChainCard.css'

export function ChainCard({ chain, onOpen }: { chain: ChainStats; onOpen: (chainId: string) => void }) {
  return (
    <View className='chain-card' data-testid='chain-card' onClick={() => onOpen(chain.id)}>
      <View className='chain-card__head'>
        <Text className='chain-card__name'>{chain.name}</Text>
        {isCandidateChain(chain.status) && <Text className='chain-card__tag'>待确认</Text>}
      </View>
      <View className='chain-card__counts'>
        <Text>院校 {chain.colleges}</Text>
        <Text>企业 {chain.enterprises}</Text>
        <Text>在招岗位 {chain.openJobs}</Text>
        <Text>需求人数 {chain.headcount}</Text>
      </View>
    </View>
  )
}
