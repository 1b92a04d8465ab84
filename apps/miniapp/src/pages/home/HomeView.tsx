import { Text, View } from '@tarojs/components'
import type { HomeStats } from '../../api/contracts/stats'
import { ChainCard } from '../../components/ChainCard'
import { StatCard } from '../../components/StatCard'
import { StateView } from '../../components/StateView'
import './index.css'

/** The home screen for a loaded stats response; kept apart from the fetching so it renders in tests as-is. */
export function HomeView({ stats, onOpenChain }: { stats: HomeStats; onOpenChain: (chainId: string) => void }) {
  const { totals, chains } = stats
  return (
    <View>
      <View className='home__banner'>
        <Text className='home__brand'>职链齐鲁</Text>
        <Text className='home__slogan'>职业教育赋能标志性产业链</Text>
      </View>
      <View className='home__totals card'>
        <StatCard label='院校' value={totals.colleges} />
        <StatCard label='企业' value={totals.enterprises} />
        <StatCard label='在招岗位' value={totals.openJobs} />
        <StatCard label='需求人数' value={totals.headcount} />
      </View>
      <Text className='section-title'>标志性产业链</Text>
      <StateView empty={chains.length === 0} emptyText='暂无产业链数据'>
        {chains.map((chain) => (
          <ChainCard key={chain.id} chain={chain} onOpen={onOpenChain} />
        ))}
      </StateView>
    </View>
  )
}
