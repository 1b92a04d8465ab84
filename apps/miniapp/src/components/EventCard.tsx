import { Text, View } from '@tarojs/components'
import { EVENT_FORMAT_LABELS, EVENT_KIND_LABELS } from '@zhilian/shared/contracts/enum-labels'
import type { EventSummary } from '../api/events'
import { spanText } from '../lib/beijing-time'
import './events-ui.css'

/** 空中双选会 is the campaign's own name for an online job fair; other online events just say 线上. */
function onlineLabel(e: Pick<EventSummary, 'kind' | 'format'>): string | null {
  if (e.format === 'onsite') return null
  if (e.kind === 'job_fair') return e.format === 'online' ? '空中双选会' : '线上+现场'
  return EVENT_FORMAT_LABELS[e.format]
}

/** Where the student stands with this event, for the state tag. */
export type MyEventState = 'registered' | 'checked_in' | undefined

export function EventTags({ event, mine }: { event: EventSummary; mine?: MyEventState }) {
  const online = onlineLabel(event)
  const full = event.capacity !== null && event.registered >= event.capacity
  return (
    <View className='event-card__tags'>
      <Text className='event-kind'>{EVENT_KIND_LABELS[event.kind]}</Text>
      {online && <Text className='event-online'>{online}</Text>}
      {event.status === 'cancelled' && <Text className='event-state event-state--cancelled'>已取消</Text>}
      {event.status === 'ongoing' && <Text className='event-state'>进行中</Text>}
      {mine === 'checked_in' && <Text className='event-state event-state--mine'>已签到</Text>}
      {mine === 'registered' && <Text className='event-state event-state--mine'>已报名</Text>}
      {!mine && full && event.status !== 'cancelled' && <Text className='event-state event-state--full'>名额已满</Text>}
    </View>
  )
}

export function EventCard({ event, cityName, mine, onOpen }: { event: EventSummary; cityName?: string; mine?: MyEventState; onOpen: (id: string) => void }) {
  return (
    <View role='button' className='card event-card' onClick={() => onOpen(event.id)}>
      <EventTags event={event} mine={mine} />
      <Text className='event-card__title'>{event.title}</Text>
      <Text className='event-card__line'>{spanText(event.startsAt, event.endsAt)}</Text>
      <Text className='event-card__line'>
        {cityName ?? ''}
        {event.venue ? ` · ${event.venue}` : ''}
      </Text>
      <Text className='event-card__line'>
        {event.organizer ? `${event.organizer.name} · ` : ''}已报名{event.registered}人{event.capacity !== null ? ` / 限${event.capacity}人` : ''}
      </Text>
    </View>
  )
}
