import { Text, View } from '@tarojs/components'
import { ApplicationStatus } from '@zhilian/shared/contracts/enums'
import './jobs-ui.css'

export interface TimelineEvent {
  from: keyof typeof ApplicationStatus.labels | null
  to: keyof typeof ApplicationStatus.labels
  reason: string | null
  at: string
}

/** Shown in Beijing time whatever the phone's zone, as the notices are. */
export function beijingTime(iso: string): string {
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false, month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
}

export function StatusTimeline({ events, interviews = [] }: { events: TimelineEvent[]; interviews?: { id: string; at: string; place: string; note: string | null }[] }) {
  return (
    <View className='timeline'>
      {events.map((e, i) => (
        <Text key={`${e.at}-${i}`} className='timeline__item'>
          {beijingTime(e.at)} {ApplicationStatus.labels[e.to]}
          {e.reason ? `（${e.reason}）` : ''}
        </Text>
      ))}
      {interviews.map((iv) => (
        <Text key={iv.id} className='timeline__item'>
          面试安排：{beijingTime(iv.at)}，{iv.place}
          {iv.note ? `（${iv.note}）` : ''}
        </Text>
      ))}
    </View>
  )
}
