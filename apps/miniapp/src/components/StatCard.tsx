import { Text, View } from '@tarojs/components'
import './StatCard.css'

export function StatCard({ label, value }: { label: string; value: number }) {
  return (
    <View className='stat-card'>
      <Text className='stat-card__value'>{value.toLocaleString('zh-CN')}</Text>
      <Text className='stat-card__label'>{label}</Text>
    </View>
  )
}
