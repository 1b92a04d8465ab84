import Taro, { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { fetchHomeStats } from '../../api/stats'
import { getToken } from '../../api/token'
import { DemoBanner } from '../../components/DemoBanner'
import { StateView } from '../../components/StateView'
import { handOverChain } from '../../lib/chain-filter'
import { useAfterFirstPaint } from '../../lib/use-after-first-paint'
import { useRemote } from '../../lib/use-remote'
import { ROUTES } from '../../routes'
import { ForYou } from './ForYou'
import { HomeSearch } from './HomeSearch'
import { HomeView } from './HomeView'
import { UpcomingFairs } from './UpcomingFairs'
import { VisitorCard } from './VisitorCard'
import { usePullDown } from '../../lib/use-pull-down'
import './index.css'

/**
 * The student's home first (docs/decisions/023): search, sign-in for a visitor, the job feed, upcoming fairs; the
 * province's figures and chains follow below.
 */
export default function HomePage() {
  const stats = useRemote(fetchHomeStats)
  // A new key remounts the feed: after pull-to-refresh, and when the user signed in or out elsewhere.
  const [refreshes, setRefreshes] = useState(0)
  const [signedIn, setSignedIn] = useState(() => getToken() !== null)
  // The fairs and the province section lie below the first screen: they render in a later task, and once the feed
  // above them has its height, so they are never pushed down the screen (decision 025). Their requests start at once.
  const [feedSettled, setFeedSettled] = useState(false)
  const later = useAfterFirstPaint() && feedSettled
  const onFeedSettled = useCallback(() => setFeedSettled(true), [])
  useDidShow(() => setSignedIn(getToken() !== null))

  usePullDown(async () => setRefreshes((n) => n + 1), stats.reload)

  const openChain = (chainId: string) => {
    handOverChain(chainId)
    void Taro.switchTab({ url: ROUTES.jobs })
  }

  return (
    <View className='home'>
      <DemoBanner />
      <HomeSearch />
      {!signedIn && <VisitorCard onSignedIn={() => setSignedIn(true)} />}
      <ForYou key={`feed-${signedIn}-${refreshes}`} onSettled={onFeedSettled} />
      {later && <UpcomingFairs key={`fairs-${refreshes}`} />}
      {later && (
        <StateView loading={stats.loading && !stats.data} error={stats.data ? undefined : stats.error} onRetry={stats.reload}>
          {stats.data && <HomeView stats={stats.data} onOpenChain={openChain} />}
        </StateView>
      )}
    </View>
  )
}
