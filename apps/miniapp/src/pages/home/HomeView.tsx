import { Text, View } from '@tarojs/components'
import type { HomeStats } from '@zhilian/shared/contracts/stats'
import { ChainCard } from '../../components/ChainCard'
import { StatCard } from '../../components/StatCard'
import { StateView } from '../../components/StateView'
import './index.css'

/** The home screen for a loaded stats response; kept apart from the fetching so it renders in tests as-is. */
export function HomeView({ stats, onOpenChain }: { stats: HomeStats; onOpenChain: (chainId: string) => void }) {
  const { province, chains } = stats
  return (
    <View>
      <View className='home__banner'>
        <Text className='home__brand'>职链齐鲁</Text>
        <Text className='home__slogan'>职业教育赋能标志性产业链</Text>
      </View>
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
