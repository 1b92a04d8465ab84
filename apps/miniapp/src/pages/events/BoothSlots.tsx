import { Button, Text, View } from '@tarojs/components'
import type { InterviewSlot } from '../../api/events'
import { spanText } from '../../lib/beijing-time'
import '../../components/events-ui.css'

export interface BoothSlotsProps {
  slots: InterviewSlot[]
  /** Students registered for the event may book; everyone else sees the times only. */
  canBook: boolean
  busy?: string
  /** The overlap warning the server gave when a slot was booked, by slot id. */
  warnings: Record<string, string>
  onBook: (slot: InterviewSlot) => void
}

/** A booth's interview slots still ahead: 预约面试 on open ones, 已预约 on mine, 已约满 on the others. */
export function BoothSlots({ slots, canBook, busy, warnings, onBook }: BoothSlotsProps) {
  const now = Date.now()
  const ahead = slots.filter((s) => Date.parse(s.startsAt) > now)
  if (ahead.length === 0) return null
  return (
    <View className='booth-slots' style={{ marginTop: 'var(--space-2)' }}>
      <Text className='muted' style={{ display: 'block' }}>现场面试时段</Text>
      {ahead.map((s) => (
        <View key={s.id} className='booth-slot' data-slot={s.id} style={{ padding: 'var(--space-2) 0' }}>
          <View className='session-row__head'>
            <Text>{spanText(s.startsAt, s.endsAt)}</Text>
            {s.mine ? (
              <Text className='event-state event-state--mine'>已预约</Text>
            ) : s.booked ? (
              <Text className='event-state event-state--full'>已约满</Text>
            ) : canBook ? (
              <Button className='btn btn--small btn--primary' disabled={busy === s.id} onClick={() => onBook(s)}>预约面试</Button>
            ) : (
              <Text className='event-state'>可预约</Text>
            )}
          </View>
          {warnings[s.id] && <Text className='overlap-warning'>{warnings[s.id]}</Text>}
        </View>
      ))}
    </View>
  )
}
