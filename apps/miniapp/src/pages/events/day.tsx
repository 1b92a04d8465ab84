import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { ApplicationStatus } from '@zhilian/shared/contracts/enums'
import { fetchDay, type EventSession } from '../../api/events'
import { BoothMap } from '../../components/BoothMap'
import { clock, isSameShanghaiDay } from '../../lib/beijing-time'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import { ROUTES } from '../../routes'
import { usePullDown } from '../../lib/use-pull-down'
import '../../styles/kit/page.css'
import '../../styles/kit/timeline.css'
import '../../components/events-ui.css'

const statusText = (s: string) => (ApplicationStatus.labels as Record<string, string>)[s] ?? s

function SessionLines({ sessions, empty }: { sessions: EventSession[]; empty: string }) {
  if (sessions.length === 0) return <Text className='muted'>{empty}</Text>
  return (
    <>
      {sessions.map((s) => (
        <Text key={s.id} className='timeline__item'>
          {clock(s.startsAt)}–{clock(s.endsAt)} {s.title}
          {s.room ? ` · ${s.room}` : ''}
        </Text>
      ))}
    </>
  )
}

/** 活动当天: what is on now and next, my schedule today, the booth map, and the jobs I applied to here. */
export default function EventDayPage() {
  const id = useRouter().params.id ?? ''
  const day = useRemote(() => fetchDay(id))
  usePullDown(day.reload)

  const d = day.data
  const now = new Date()
  // On the day: today's part of my schedule; before it: all of it, so the page is useful to plan with.
  const today = d ? d.mySchedule.filter((s) => isSameShanghaiDay(s.startsAt, now)) : []
  const schedule = today.length > 0 ? today : (d?.mySchedule ?? [])
  const appliedBooths = new Set(d ? d.booths.filter((b) => b.jobs.some((j) => d.myApplications.some((a) => a.jobId === j.id))).map((b) => b.id) : [])
  const reg = d?.myRegistration

  return (
    <View className='page-pad event-day'>
      <StateView loading={day.loading && !d} error={d ? undefined : day.error} onRetry={() => void day.reload()}>
        {d && (
          <View>
            <Text className='section-title'>{d.event.title}</Text>
            {reg ? (
              reg.checkedInAt ? (
                <Text className='notice'>已签到（{clock(reg.checkedInAt)}）</Text>
              ) : (
                <View className='card'>
                  <Button className='btn btn--primary btn--block' onClick={() => void Taro.navigateTo({ url: `${ROUTES.eventCheckin}?id=${encodeURIComponent(id)}` })}>入场签到</Button>
                </View>
              )
            ) : (
              <Text className='notice'>您尚未报名本场活动，现场可能无法入场。</Text>
            )}
            <View className='card'>
              <Text className='detail-section'>正在进行</Text>
              <SessionLines sessions={d.now} empty='当前没有进行中的议程' />
              <Text className='detail-section'>即将开始</Text>
              <SessionLines sessions={d.next} empty='后面没有议程了' />
            </View>
            <View className='card'>
              <Text className='detail-section'>{today.length > 0 ? '我今天的日程' : '我的日程'}</Text>
              {schedule.length === 0 && <Text className='muted'>还没有加入日程的议程或面试</Text>}
              {schedule.map((s) => (
                <Text key={s.id} className='timeline__item'>
                  {clock(s.startsAt)}
                  {s.endsAt ? `–${clock(s.endsAt)}` : ''} {s.title}
                  {s.place ? ` · ${s.place}` : ''}
                </Text>
              ))}
            </View>
            <View className='card'>
              <Text className='detail-section'>展位图</Text>
              {appliedBooths.size > 0 && <Text className='muted'>绿色为我投递过的参展单位</Text>}
              <BoothMap booths={d.booths} highlight={appliedBooths} />
            </View>
            <View className='card'>
              <Text className='detail-section'>我在本场投递的岗位</Text>
              {d.myApplications.length === 0 && <Text className='muted'>还没有投递本场参展单位的岗位</Text>}
              {d.myApplications.map((a) => (
                <View role='button' key={a.id} className='booth-job' onClick={() => void Taro.navigateTo({ url: `${ROUTES.jobDetail}?id=${encodeURIComponent(a.jobId)}` })}>
                  <Text>{a.jobTitle} · {a.org}</Text>
                  <Text className='status-tag'>{statusText(a.status)}</Text>
                </View>
              ))}
            </View>
          </View>
        )}
      </StateView>
    </View>
  )
}
