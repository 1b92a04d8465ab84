import { Text, View } from '@tarojs/components'
import './YearChips.css'

/**
 * One chip per year, newest first. Years nobody filed anything for stay choosable (the report then says
 * so plainly) but read muted, so the years with data stand out.
 */
export function YearChips({ years, withData, selected, onSelect }: { years: number[]; withData: readonly number[]; selected?: number; onSelect: (year: number) => void }) {
  return (
    <View className='year-chips'>
      {years.map((y) => (
        <Text
          role='button'
          key={y}
          className={`year-chip ${selected === y ? 'year-chip--on' : ''} ${withData.includes(y) ? '' : 'year-chip--empty'}`}
          data-year={y}
          onClick={() => onSelect(y)}
        >
          {y}年
        </Text>
      ))}
    </View>
  )
}
