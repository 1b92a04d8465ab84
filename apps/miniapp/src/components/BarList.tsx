import { Text, View } from '@tarojs/components'
import './BarList.css'

export interface Bar {
  key: string
  label: string
  value: number
  /** A second series drawn under the first (e.g. demand under supply). */
  other?: number
}

/** Horizontal bars made of views, scaled to the largest value, so charts work in both builds. */
export function BarList({ bars, legend, format = (n) => String(Math.round(n)) }: { bars: Bar[]; legend?: [string, string?]; format?: (n: number) => string }) {
  const max = Math.max(1, ...bars.map((b) => Math.max(b.value, b.other ?? 0)))
  return (
    <View className='bar-list'>
      {legend && (
        <View className='bar-list__legend'>
          <View className='bar-list__swatch' />
          <Text className='muted'>{legend[0]}</Text>
          {legend[1] && <View className='bar-list__swatch bar-list__swatch--other' />}
          {legend[1] && <Text className='muted'>{legend[1]}</Text>}
        </View>
      )}
      {bars.map((b) => (
        <View key={b.key} className='bar-list__row'>
          <Text className='bar-list__label'>{b.label}</Text>
          <View className='bar-list__bars'>
            <View className='bar-list__bar' style={{ width: `${(b.value / max) * 100}%` }} />
            {b.other !== undefined && <View className='bar-list__bar bar-list__bar--other' style={{ width: `${(b.other / max) * 100}%` }} />}
          </View>
          <Text className='bar-list__value'>
            {format(b.value)}
            {b.other !== undefined ? ` / ${format(b.other)}` : ''}
          </Text>
        </View>
      ))}
    </View>
  )
}
