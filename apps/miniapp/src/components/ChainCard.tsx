import { Text, View } from '@tarojs/components'
import type { ChainStats } from '@zhilian/shared/contracts/stats'
import { isCandidateChain } from '../lib/is-candidate-chain'
import './ChainCard.css'

export function ChainCard({ chain, onOpen }: { chain: ChainStats; onOpen: (chainId: string) => void }) {
  return (
    <View role='button' className='chain-card' data-testid='chain-card' onClick={() => onOpen(chain.chainId)}>
      <View className='chain-card__head'>
        <Text className='chain-card__name'>{chain.name}</Text>
        {isCandidateChain(chain.status) && <Text className='chain-card__tag'>待确认</Text>}
      </View>
      <View className='chain-card__counts'>
        <Text>院校 {chain.colleges}</Text>
        <Text>企业 {chain.enterprises}</Text>
        <Text>在招岗位 {chain.openJobs}</Text>
        <Text>待招人数 {chain.openHeadcount}</Text>
      </View>
    </View>
  )
}
