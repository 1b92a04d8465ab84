import { Text, View } from '@tarojs/components'
import { BOOKING_STATUS_LABELS } from '@zhilian/shared/contracts/equipment'
import { fetchBookings } from '../../api/equipment'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import { BOOKING_TAG } from '../../lib/booking-tag'
import { slotText } from '../../lib/beijing-time'
import { usePullDown } from '../../lib/use-pull-down'
import '../../styles/kit/item-card.css'
import './index.css'

/** The enterprise's booking requests and what the colleges decided; a member of several units sees each unit's, named. */
export function MyBookings() {
  const bookings = useRemote(fetchBookings)
  usePullDown(bookings.reload)
  const items = bookings.data?.items ?? []
  const severalUnits = new Set(items.map((b) => b.enterpriseOrgId)).size > 1
  return (
    <StateView loading={bookings.loading} error={bookings.error} onRetry={() => void bookings.reload()} empty={items.length === 0} emptyText='还没有预约' emptyHint='在“可预约设备”中选择设备和时段'>
      {items.map((b) => (
        <View key={b.id} className='card equipment-card'>
          <View className='job-card__head'>
            <Text className='job-card__title'>{b.equipmentName}</Text>
            <Text className={`status-tag status-tag--${BOOKING_TAG[b.status]}`}>{BOOKING_STATUS_LABELS[b.status]}</Text>
          </View>
          <Text className='equipment-card__line'>{slotText(b.start, b.end)}</Text>
          {severalUnits && <Text className='muted equipment-card__line'>预约单位：{b.enterpriseName}</Text>}
          {b.note && <Text className='muted equipment-card__line'>{b.status === 'rejected' ? '院校说明' : '备注'}：{b.note}</Text>}
        </View>
      ))}
    </StateView>
  )
}
