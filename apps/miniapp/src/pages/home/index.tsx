import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { fetchHomeStats } from '../../api/stats'
import { StateView } from '../../components/StateView'
import { handOverChain } from '../../lib/chain-filter'
import { useRemote } from '../../lib/use-remote'
import { ROUTES } from '../../routes'
import { HomeView } from './HomeView'

export default function HomePage() {
  const stats = useRemote(fetchHomeStats)

  usePullDownRefresh(() => {
    void stats.reload().finally(() => Taro.stopPullDownRefresh())
  })

  const openChain = (chainId: string) => {
    handOverChain(chainId)
    void Taro.switchTab({ url: ROUTES.jobs })
  }

  return (
    <View className='home'>
      <StateView loading={stats.loading && !stats.data} error={stats.data ? undefined : stats.error} onRetry={stats.reload}>
        {stats.data && <HomeView stats={stats.data} onOpenChain={openChain} />}
      </StateView>
    </View>
  )
}
