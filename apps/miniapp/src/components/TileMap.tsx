import { Text, View } from '@tarojs/components'
import { MAP_COLOUR_LABELS, type MapData } from '@zhilian/shared/contracts/analytics'
import './TileMap.css'

const ratioText = (r: number | null) => (r === null ? '—' : r.toFixed(2))

/**
 * The 16 cities as equal tiles placed on the grid the BFF returns, coloured by class. Plain views
 * positioned by percentages, so the same markup works in WeChat and on H5 with no canvas or map SDK.
 */
export function TileMap({ map, selected, onSelect }: { map: MapData; selected?: string; onSelect: (adcode: string) => void }) {
  const { rows, cols } = map.grid
  return (
    <View className='tile-map'>
      <View className='tile-map__grid' style={{ paddingBottom: `${(rows / cols) * 100}%` }}>
        {map.cities.map((c) => (
          <View
            role='button'
            key={c.adcode}
            className={`tile-map__tile tile-map__tile--${c.colour} ${selected === c.adcode ? 'tile-map__tile--selected' : ''}`}
            data-adcode={c.adcode}
            style={{ left: `${(c.grid.col / cols) * 100}%`, top: `${(c.grid.row / rows) * 100}%`, width: `${100 / cols}%`, height: `${100 / rows}%` }}
            onClick={() => onSelect(c.adcode)}
          >
            <View className='tile-map__inner'>
              <Text className='tile-map__name'>{c.name.replace(/市$/, '')}</Text>
              <Text className='tile-map__ratio'>{ratioText(c.ratio)}</Text>
            </View>
          </View>
        ))}
      </View>
      <View className='tile-map__legend'>
        {Object.entries(MAP_COLOUR_LABELS).map(([colour, label]) => (
          <View key={colour} className='tile-map__key'>
            <View className={`tile-map__swatch tile-map__tile--${colour}`} />
            <Text className='muted'>{label}</Text>
          </View>
        ))}
      </View>
      <Text className='muted tile-map__note'>“覆盖不足”：填报企业占本链企业总数过低或总数未登记，不计算供需比</Text>
    </View>
  )
}
