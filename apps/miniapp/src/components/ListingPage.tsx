import { Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { fetchChains } from '../api/reference'
import { useRemote } from '../lib/use-remote'
import { ChainChips } from './ChainChips'
import { DemoBanner } from './DemoBanner'
import { StateView } from './StateView'
import { usePullDown } from '../lib/use-pull-down'
import './ListingPage.css'

export interface ListingPageProps {
  title: string
  subtitle: string
  /** Shown until the listing's endpoint exists: say plainly that it opens soon, never show sample rows. */
  emptyText: string
  emptyHint?: string
  /** The listing, once its feature exists: given the chosen chain (undefined = 全部). */
  renderList?: (chainId: string | undefined) => ReactNode
}

/**
 * The frame shared by the 培训 / 双选会 tabs (岗位 has its own search-first frame): heading, chain filter, and the list area.
 * Until a tab passes `renderList`, the list area says plainly that the listing opens soon.
 */
export function ListingPage({ title, subtitle, emptyText, emptyHint, renderList }: ListingPageProps) {
  const chains = useRemote(fetchChains)
  const [chainId, setChainId] = useState<string>()

  usePullDown(chains.reload)

  const chainName = chains.data?.find((c) => c.id === chainId)?.name
  return (
    <View className='listing'>
      <DemoBanner />
      <View className='listing__head'>
        <Text className='listing__title'>{title}</Text>
        <Text className='listing__subtitle'>{subtitle}</Text>
      </View>
      <StateView loading={chains.loading && !chains.data} error={chains.data ? undefined : chains.error} onRetry={chains.reload}>
        <ChainChips chains={chains.data ?? []} selected={chainId} onSelect={setChainId} />
      </StateView>
      {renderList ? (
        renderList(chainId)
      ) : (
        <StateView empty emptyText={emptyText} emptyHint={chainName ? `当前筛选：${chainName}。${emptyHint ?? ''}` : emptyHint} />
      )}
    </View>
  )
}
