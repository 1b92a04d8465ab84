import { View } from '@tarojs/components'
import { percent } from '@zhilian/shared'
import type { Coverage, Figures, PairKey } from '@zhilian/shared/contracts/reports'
import './FiguresTable.css'
import '../province.css'

export interface FiguresRow {
  key: string
  name: string
  supply: number
  demand: number
  ratio: number | null
  verdict: Figures['talent']['verdict']
  coverage: Coverage
}

/** A report row as one pair's table row. */
export const figuresRow = (key: string, r: Figures & { name: string }, pair: PairKey): FiguresRow => ({ key, name: r.name, ...r[pair], coverage: r.coverage })

const signed = (n: number) => (n > 0 ? `+${n}` : String(n))
/** The ratio as an official should read it: withheld says so, a low-coverage ratio carries 参考. */
export function ratioText(r: { ratio: number | null; verdict: FiguresRow['verdict'] }): string {
  if (r.verdict === 'withheld') return '不发布'
  if (r.ratio === null) return '—'
  return r.verdict === 'flagged' ? `${r.ratio.toFixed(2)}（参考）` : r.ratio.toFixed(2)
}
export const coverageText = (c: Coverage) => (c.share === null ? '未登记' : percent(c.share))

/**
 * The figures behind a chart as rows of text: what screen readers read, what stays when the page is
 * printed without graphics, and all there is where a canvas cannot be drawn.
 */
export function FiguresTable({ rows, caption, supplyLabel, demandLabel }: { rows: FiguresRow[]; caption: string; supplyLabel: string; demandLabel: string }) {
  return (
    <View className='figures' role='table' aria-label={caption}>
      <View className='figures__row figures__row--head' role='row'>
        <View className='figures__name' role='columnheader'>名称</View>
        <View className='figures__num' role='columnheader'>{supplyLabel}</View>
        <View className='figures__num' role='columnheader'>{demandLabel}</View>
        <View className='figures__num' role='columnheader'>缺口</View>
        <View className='figures__num' role='columnheader'>供需比</View>
        <View className='figures__num' role='columnheader'>覆盖率</View>
      </View>
      {rows.map((r) => {
        const gap = r.supply - r.demand
        return (
          <View key={r.key} className='figures__row' role='row' data-row={r.key}>
            <View className='figures__name' role='rowheader'>{r.name}</View>
            <View className='figures__num' role='cell'>{r.supply}</View>
            <View className='figures__num' role='cell'>{r.demand}</View>
            <View className={`figures__num ${gap < 0 ? 'province__neg' : ''}`} role='cell'>{signed(gap)}</View>
            <View className={`figures__num figures__verdict--${r.verdict}`} role='cell'>{ratioText(r)}</View>
            <View className='figures__num' role='cell'>{coverageText(r.coverage)}</View>
          </View>
        )
      })}
    </View>
  )
}
