import { Text, View } from '@tarojs/components'
import './YearChips.css'

/** 最新 (no year: the latest figures) and the last few years. */
export function YearChips({ selected, onSelect, years = 4, allowLatest = true }: { selected?: number; onSelect: (year: number | undefined) => void; years?: number; allowLatest?: boolean }) {
  const now = new Date().getFullYear()
  const list = Array.from({ length: years }, (_, i) => now - i)
  return (
    <View className='year-chips'>
      {allowLatest && (
        <Text className={`year-chip ${selected === undefined ? 'year-chip--on' : ''}`} onClick={() => onSelect(undefined)}>
          最新
        </Text>
      )}
      {list.map((y) => (
        <Text key={y} className={`year-chip ${selected === y ? 'year-chip--on' : ''}`} onClick={() => onSelect(y)}>
          {y}年
        </Text>
      ))}
    </View>
  )
}
