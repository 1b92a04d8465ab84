import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { Booking, BookingDecisionBody } from '@zhilian/shared/contracts/equipment'
import { useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { decideBooking, fetchBookings } from '../../api/equipment'
import { OptionChips } from '../../components/OptionChips'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import { BookingCard } from './BookingCard'
import { usePullDown } from '../../lib/use-pull-down'
import '../college.css'
import './index.css'

type Filter = 'requested' | 'all'

/** Requests from enterprises to use the college's open equipment; the college approves or declines each. */
export default function EquipmentBookingsPage() {
  const bookings = useRemote(fetchBookings)
  const [filter, setFilter] = useState<Filter>('requested')
  // Decisions are applied in place so the list does not jump while the college works through it.
  const [decided, setDecided] = useState<Record<string, Booking>>({})
  usePullDown(bookings.reload)

  const all = (bookings.data?.items ?? []).map((b) => decided[b.id] ?? b)
  const shown = filter === 'all' ? all : all.filter((b) => b.status === 'requested' || decided[b.id])

  const decide = async (id: string, body: BookingDecisionBody) => {
    try {
      const updated = await decideBooking(id, body)
      setDecided((d) => ({ ...d, [id]: updated }))
      void Taro.showToast({ title: body.decision === 'approve' ? '已通过' : '已拒绝', icon: 'success' })
      return true
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
      return false
    }
  }

  return (
    <View className='college'>
      <OptionChips<Filter> label='显示' options={[{ value: 'requested', label: '待处理' }, { value: 'all', label: '全部' }]} selected={filter} onSelect={(f) => setFilter(f ?? 'requested')} />
      <StateView
        loading={bookings.loading}
        error={bookings.error}
        onRetry={() => void bookings.reload()}
        empty={shown.length === 0}
        emptyText={filter === 'requested' ? '没有待处理的预约' : '还没有企业预约本校设备'}
        emptyHint='在院校供给清单中把设备设为“对外开放”，企业即可预约'
      >
        {shown.map((b) => (
          <BookingCard key={b.id} booking={b} onDecide={decide} />
        ))}
      </StateView>
    </View>
  )
}
