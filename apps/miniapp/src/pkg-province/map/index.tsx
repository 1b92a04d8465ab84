import { Text, View } from '@tarojs/components'
import { PAIR_LABELS, type PairKey } from '@zhilian/shared/contracts/reports'
import { useEffect, useState } from 'react'
import { fetchMap } from '../../api/map'
import { fetchChains } from '../../api/reference'
import { ChainChips } from '../../components/ChainChips'
import { PairTabs } from '../../components/PairTabs'
import { StateView } from '../../components/StateView'
import { TileMap } from '../../components/TileMap'
import { YearChips } from '../../components/YearChips'
import { useRemote } from '../../lib/use-remote'
import { useReportYear } from '../../lib/use-report-year'
import { coverageSentence } from '@zhilian/shared'
import { CityPanel } from './CityPanel'
import './index.css'

/**
 * 数字地图: the 16 cities coloured by one of the three pairs (人才 / 培训 / 设备与研发) for the chosen chain
 * and year — the yearly report's city rows, with the chain's coverage above; tap a city for detail.
 */
export default function MapPage() {
  const chains = useRemote(fetchChains)
  const years = useReportYear()
  const { year } = years
  const [chainId, setChainId] = useState<string>()
  const [pair, setPair] = useState<PairKey>('talent')
  const [city, setCity] = useState<string>()
  const map = useRemote(() => (year ? fetchMap({ chainId, year, pair }) : Promise.resolve(undefined)), { enabled: false })
  const { reload } = map
  // biome-ignore lint/correctness/useExhaustiveDependencies: the fetch reads chainId and pair through reload's closure; a new choice reloads
  useEffect(() => {
    if (year) void reload()
  }, [chainId, year, pair, reload])
  const labels = PAIR_LABELS[pair]

  return (
    <View className='province-map'>
      <Text className='section-title'>产业链供需数字地图</Text>
      {chains.data && <ChainChips chains={chains.data} selected={chainId} onSelect={setChainId} />}
      <StateView loading={years.loading} error={years.error} onRetry={years.reload}>
        <YearChips years={years.years} withData={years.withData} selected={year} onSelect={years.setYear} />
      </StateView>
      <PairTabs selected={pair} onSelect={setPair} />
      <View className='card'>
        <StateView loading={!map.data && !map.error} error={map.data ? undefined : map.error} onRetry={map.reload}>
          {map.data && (
            <View>
              <Text className='muted map-pair'>{labels.name}：格内数字为{labels.supply} ÷ {labels.demand}</Text>
              <TileMap map={map.data} selected={city} onSelect={setCity} />
              <Text className='muted map-coverage'>{coverageSentence(map.data.coverage, chainId ? 'chain' : 'all')}。</Text>
            </View>
          )}
        </StateView>
      </View>
      {city && year && <CityPanel key={`${city}-${chainId ?? ''}-${year}-${pair}`} adcode={city} chainId={chainId} year={year} pair={pair} />}
    </View>
  )
}
