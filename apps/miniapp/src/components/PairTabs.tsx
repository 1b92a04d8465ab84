import { Text, View } from '@tarojs/components'
import { PAIR_LABELS, PAIRS, type PairKey } from '@zhilian/shared/contracts/reports'
import './YearChips.css'

/** Which of the three pairs of lists (人才 / 培训 / 设备与研发) a page shows. */
export function PairTabs({ selected, onSelect }: { selected: PairKey; onSelect: (pair: PairKey) => void }) {
  return (
    <View className='year-chips pair-tabs' aria-label='供需类别'>
      {PAIRS.map((p) => (
        <Text role='button' key={p} className={`year-chip ${selected === p ? 'year-chip--on' : ''}`} onClick={() => onSelect(p)}>
          {PAIR_LABELS[p].short}
        </Text>
      ))}
    </View>
  )
}
