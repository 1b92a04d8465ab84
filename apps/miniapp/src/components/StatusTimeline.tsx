import { Text, View } from '@tarojs/components'
import { ApplicationStatus } from '@zhilian/shared/contracts/enums'
import { shortDateTime } from '../lib/beijing-time'
import '../styles/kit/timeline.css'

export interface TimelineEvent {
  from: keyof typeof ApplicationStatus.labels | null
  to: keyof typeof ApplicationStatus.labels
  reason: string | null
  at: string
}


export interface TimelineInterview { id: string; at: string; place: string; note: string | null; cancelledAt: string | null; cancelReason: string | null }

/** The application's moves, then each interview round as it now stands: its current time, or 面试已取消 and why. */
export function StatusTimeline({ events, interviews = [] }: { events: TimelineEvent[]; interviews?: TimelineInterview[] }) {
  return (
    <View className='timeline'>
      {events.map((e, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: an append-only history; two events may share a time
        <Text key={`${e.at}-${i}`} className='timeline__item'>
          {shortDateTime(e.at)} {ApplicationStatus.labels[e.to]}
          {e.reason ? `（${e.reason}）` : ''}
        </Text>
      ))}
      {interviews.map((iv) =>
        iv.cancelledAt ? (
          <Text key={iv.id} className='timeline__item interview-cancelled'>
            面试已取消：原定{shortDateTime(iv.at)}，{iv.place}
            {iv.cancelReason ? `（原因：${iv.cancelReason}）` : ''}
          </Text>
        ) : (
          <Text key={iv.id} className='timeline__item'>
            面试安排：{shortDateTime(iv.at)}，{iv.place}
            {iv.note ? `（${iv.note}）` : ''}
          </Text>
        ),
      )}
    </View>
  )
}
