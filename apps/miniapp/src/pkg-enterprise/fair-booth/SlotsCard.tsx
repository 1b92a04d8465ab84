import Taro from '@tarojs/taro'
import { Button, Picker, Text, View } from '@tarojs/components'
import { SlotCreateSchema } from '@zhilian/shared/contracts/events'
import { useState } from 'react'
import { ApiError, errorMessage } from '../../api/api-error'
import { openInterviewSlot, type MyBooth } from '../../api/enterprise-events'
import { beijingIso, shanghai, spanText } from '../../lib/beijing-time'
import '../../styles/kit/field.css'
import '../../styles/kit/page.css'
import '../../styles/kit/item-card.css'

/** On-the-spot interview slots within the event's hours; each is booked by one student. */
export function SlotsCard({ eventId, orgId, data, onOpened }: { eventId: string; orgId: string | undefined; data: MyBooth; onOpened: () => void }) {
  const [date, setDate] = useState(() => shanghai(data.event.startsAt).format('YYYY-MM-DD'))
  const [from, setFrom] = useState(() => shanghai(data.event.startsAt).add(1, 'hour').format('HH:mm'))
  const [to, setTo] = useState(() => shanghai(data.event.startsAt).add(90, 'minute').format('HH:mm'))
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const open = async () => {
    const parsed = SlotCreateSchema.safeParse({ startsAt: beijingIso(date, from), endsAt: beijingIso(date, to) })
    if (!parsed.success) return setError(parsed.error.issues[0]?.message)
    setError(undefined)
    setBusy(true)
    try {
      await openInterviewSlot(eventId, parsed.data, orgId)
      void Taro.showToast({ title: '已开放面试时段', icon: 'success' })
      onOpened()
    } catch (e) {
      setError(e instanceof ApiError ? (e.issues[0]?.message ?? e.message) : errorMessage(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='card booth-slots'>
      <Text className='detail-section'>现场面试时段</Text>
      {data.slots.length === 0 && <Text className='muted'>还没有开放面试时段</Text>}
      {data.slots.map((s) => (
        <View key={s.id} className='job-card__head'>
          <Text>{spanText(s.startsAt, s.endsAt)}</Text>
          <Text className='muted'>{s.booked ? '已被预约' : '可预约'}</Text>
        </View>
      ))}
      <View className='row-actions'>
        <Picker mode='date' value={date} onChange={(e) => setDate(String(e.detail.value))}><View className='field__input slot-date'>{date}</View></Picker>
        <Picker mode='time' value={from} onChange={(e) => setFrom(String(e.detail.value))}><View className='field__input slot-from'>{from}</View></Picker>
        <Text>至</Text>
        <Picker mode='time' value={to} onChange={(e) => setTo(String(e.detail.value))}><View className='field__input slot-to'>{to}</View></Picker>
      </View>
      {error && <Text className='field-error'>{error}</Text>}
      <Button className='btn btn--ghost btn--block' loading={busy} disabled={busy} onClick={() => void open()}>开放面试时段</Button>
    </View>
  )
}
