import { Text, View } from '@tarojs/components'
import type { HomeStats } from '@zhilian/shared/contracts/stats'
import { ChainCard } from '../../components/ChainCard'
import { StatCard } from '../../components/StatCard'
import { StateView } from '../../components/StateView'
import './index.css'

/**
 * 全省产教概况, below what a student came for (docs/decisions/023): the province totals and one card per chain,
 * each card opening the jobs tab on its chain. Kept apart from the fetching so it renders in tests as-is.
 */
export function HomeView({ stats, onOpenChain }: { stats: HomeStats; onOpenChain: (chainId: string) => void }) {
  const { province, chains } = stats
  return (
    <View className='home-province'>
      <View className='home__section-head'>
        <Text className='home__section-title'>按产业链找岗位</Text>
      </View>
      <Text className='muted home__notice'>职业教育赋能标志性产业链 · 全省在招岗位与院校、企业数量</Text>
      <View className='home__totals card'>
        <StatCard label='院校' value={province.colleges} />
        <StatCard label='企业' value={province.enterprises} />
        <StatCard label='在招岗位' value={province.openJobs} />
        <StatCard label='待招人数' value={province.openHeadcount} />
      </View>
      <Text className='section-title'>标志性产业链</Text>
      <StateView empty={chains.length === 0} emptyText='暂无产业链数据'>
        {chains.map((chain) => (
          <ChainCard key={chain.chainId} chain={chain} onOpen={onOpenChain} />
        ))}
      </StateView>
    </View>
  )
}
