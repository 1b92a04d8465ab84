import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { fetchMap } from '../../api/map'
import { fetchChains } from '../../api/reference'
import { ChainChips } from '../../components/ChainChips'
import { StateView } from '../../components/StateView'
import { TileMap } from '../../components/TileMap'
import { YearChips } from '../../components/YearChips'
import { useRemote } from '../../lib/use-remote'
import { CityPanel } from './CityPanel'
import './index.css'

/** 数字地图: the 16 cities coloured by supply/demand for the chosen chain and year; tap a city for detail. */
export default function MapPage() {
  const chains = useRemote(fetchChains)
  const [chainId, setChainId] = useState<string>()
  const [year, setYear] = useState<number>()
  const [city, setCity] = useState<string>()
  const map = useRemote(() => fetchMap({ chainId, year }), { enabled: false })
  const { reload } = map
  useEffect(() => void reload(), [chainId, year, reload])

  return (
    <View className='province-map'>
      <Text className='section-title'>产业链供需数字地图</Text>
      {chains.data && <ChainChips chains={chains.data} selected={chainId} onSelect={setChainId} />}
      <YearChips selected={year} onSelect={setYear} />
      <View className='card'>
        <StateView loading={map.loading && !map.data} error={map.data ? undefined : map.error} onRetry={map.reload}>
          {map.data && <TileMap map={map.data} selected={city} onSelect={setCity} />}
        </StateView>
      </View>
      {city && <CityPanel key={`${city}-${chainId ?? ''}-${year ?? ''}`} adcode={city} chainId={chainId} year={year} />}
    </View>
  )
}
