import { ScrollView, Text, View } from '@tarojs/components'
import './ChainChips.css'
import './OptionChips.css'

export interface Option<V extends string> {
  value: V | undefined
  label: string
}

export interface OptionChipsProps<V extends string> {
  /** Read out before the chips, e.g. 城市. */
  label: string
  options: Option<V>[]
  selected: V | undefined
  onSelect: (value: V | undefined) => void
}

/** One row of single-choice chips (city, education, job type …); the first option is usually 不限. */
export function OptionChips<V extends string>({ label, options, selected, onSelect }: OptionChipsProps<V>) {
  return (
    <ScrollView className='chain-chips option-chips' scrollX enableFlex aria-label={label}>
      <Text className='option-chips__label'>{label}</Text>
      {options.map((o) => (
        <View
          role='button'
          key={o.value ?? 'any'}
          className={`chain-chip${selected === o.value ? ' chain-chip--active' : ''}`}
          aria-pressed={selected === o.value}
          onClick={() => onSelect(o.value)}
        >
          <Text>{o.label}</Text>
        </View>
      ))}
    </ScrollView>
  )
}
