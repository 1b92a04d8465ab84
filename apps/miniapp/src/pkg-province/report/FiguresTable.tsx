import { View } from '@tarojs/components'
import './report.css'

export interface FiguresRow {
  key: string
  name: string
  graduates: number
  demand: number
  ratio: number | null
}

const ratio = (r: number | null) => (r === null ? '—' : r.toFixed(2))
const signed = (n: number) => (n > 0 ? `+${n}` : String(n))

/**
 * The figures behind a chart as rows of text: what screen readers read, what stays when the page is
 * printed without graphics, and all there is where a canvas cannot be drawn.
 */
export function FiguresTable({ rows, caption }: { rows: FiguresRow[]; caption: string }) {
  return (
    <View className='figures' role='table' aria-label={caption}>
      <View className='figures__row figures__row--head' role='row'>
        <View className='figures__name' role='columnheader'>名称</View>
        <View className='figures__num' role='columnheader'>毕业生</View>
        <View className='figures__num' role='columnheader'>岗位需求</View>
        <View className='figures__num' role='columnheader'>缺口</View>
        <View className='figures__num' role='columnheader'>供需比</View>
      </View>
      {rows.map((r) => {
        const gap = r.graduates - r.demand
        return (
          <View key={r.key} className='figures__row' role='row' data-row={r.key}>
            <View className='figures__name' role='rowheader'>{r.name}</View>
            <View className='figures__num' role='cell'>{r.graduates}</View>
            <View className='figures__num' role='cell'>{r.demand}</View>
            <View className={`figures__num ${gap < 0 ? 'province__neg' : ''}`} role='cell'>{signed(gap)}</View>
            <View className='figures__num' role='cell'>{ratio(r.ratio)}</View>
          </View>
        )
      })}
    </View>
  )
}
