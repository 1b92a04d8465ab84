import { Button, Text, View } from '@tarojs/components'
import type { EventSession } from '../../api/events'
import { clock, dayTime } from '../../lib/beijing-time'
import '../../components/events-ui.css'

const KIND: Record<string, string> = { talk: '宣讲', roadshow: '路演', signing: '签约' }

export interface AgendaProps {
  sessions: EventSession[]
  /** Session ids already in my schedule; undefined when signed out (no buttons then). */
  planned?: Set<string>
  /** The overlap warning the server gave when a session was added, by session id. */
  warnings?: Record<string, string>
  busy?: string
  onAdd?: (sessionId: string) => void
  onRemove?: (sessionId: string) => void
}

/** The agenda: each session's time (Shanghai), room and speakers, and 加入日程 / 移出日程. */
export function Agenda({ sessions, planned, warnings, busy, onAdd, onRemove }: AgendaProps) {
  if (sessions.length === 0) return <Text className='muted'>议程待公布</Text>
  return (
    <View className='agenda'>
      {sessions.map((s) => {
        const inPlan = planned?.has(s.id)
        return (
          <View key={s.id} className='session-row' data-session={s.title}>
            <View className='session-row__head'>
              <Text className='session-row__title'>{s.title}</Text>
              {planned && (
                <Button
                  className={`btn btn--small ${inPlan ? 'btn--ghost' : 'btn--primary'} session-row__action`}
                  disabled={busy === s.id}
                  onClick={() => (inPlan ? onRemove?.(s.id) : onAdd?.(s.id))}
                >
                  {inPlan ? '移出日程' : '加入日程'}
                </Button>
              )}
            </View>
            <Text className='muted' style={{ display: 'block' }}>
              {dayTime(s.startsAt)}–{clock(s.endsAt)}
              {s.room ? ` · ${s.room}` : ''}
              {KIND[s.kind] ? ` · ${KIND[s.kind]}` : ''}
            </Text>
            {s.speakers.length > 0 && <Text className='muted' style={{ display: 'block' }}>主讲：{s.speakers.join('、')}</Text>}
            {warnings?.[s.id] && <Text className='overlap-warning'>{warnings[s.id]}</Text>}
          </View>
        )
      })}
    </View>
  )
}
