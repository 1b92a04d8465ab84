import { Text, View } from '@tarojs/components'
import './ChainChips.css'

export interface ChipProps {
  on: boolean
  label: string
  onClick: () => void
}

/**
 * One tappable choice. Every page that shows a chip goes through here, so the chip's stylesheet travels with it:
 * a page that only used the `chain-chip` class looked right only after some other page had loaded the styles.
 */
export function Chip({ on, label, onClick }: ChipProps) {
  return (
    <View role='button' className={`chain-chip${on ? ' chain-chip--active' : ''}`} aria-pressed={on} onClick={onClick}>
      <Text>{label}</Text>
    </View>
  )
}
