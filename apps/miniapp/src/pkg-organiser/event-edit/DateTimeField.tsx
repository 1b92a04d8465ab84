import { Button, Picker, Text, View } from '@tarojs/components'
import type { When } from './when'
import '../../styles/kit/field.css'
import '../organiser.css'

export interface DateTimeFieldProps {
  label: string
  name: string
  value: When | null
  /** Optional fields start empty and can be cleared. */
  optional?: boolean
  fallback?: When
  error?: string
  onChange: (value: When | null) => void
}

/** A date picker and a time picker side by side, in Beijing time. */
export function DateTimeField({ label, name, value, optional, fallback, error, onChange }: DateTimeFieldProps) {
  const base = value ?? fallback ?? { date: '', time: '09:00' }
  return (
    <View className='field'>
      <Text className='field__label'>{label}{optional ? '（选填）' : ''}</Text>
      <View className='organiser__row'>
        <Picker mode='date' value={base.date} onChange={(e) => onChange({ ...base, date: String(e.detail.value) })}>
          <View className={`field__input ${name}-date`}>{value ? value.date : '选择日期'}</View>
        </Picker>
        <Picker mode='time' value={base.time} onChange={(e) => onChange({ ...base, time: String(e.detail.value) })}>
          <View className={`field__input ${name}-time`}>{value ? value.time : '选择时间'}</View>
        </Picker>
        {optional && value && <Button className='btn btn--ghost btn--small' onClick={() => onChange(null)}>清除</Button>}
      </View>
      {error && <Text className='field-error'>{error}</Text>}
    </View>
  )
}
