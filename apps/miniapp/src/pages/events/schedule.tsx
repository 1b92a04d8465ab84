import Taro, { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { fetchMySchedule, releaseSlot, removeSessionFromSchedule, type MyScheduleEntry } from '../../api/events'
import { clock, shanghai, spanText } from '../../lib/beijing-time'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import { ROUTES } from '../../routes'
import { usePullDown } from '../../lib/use-pull-down'
import '../../styles/kit/page.css'
import '../../components/events-ui.css'

const dateOf = (iso: string) => shanghai(iso).format('M月D日')

/** The same wording the BFF warns with when an entry is added. */
const clashText = (clashes: MyScheduleEntry['overlaps']) => `与${clashes.map((o) => `「${o.title}」`).join('、')}时间冲突`

/** 我的日程: my sessions and booked interview slots across fairs and the interviews enterprises invited me to (one request), with the server's overlap flags. */
export default function SchedulePage() {
  const plan = useRemote(fetchMySchedule)
  const [busy, setBusy] = useState<string>()
  const shownBefore = useRef(false)
  useDidShow(() => {
    if (shownBefore.current) void plan.reload()
    shownBefore.current = true
  })
  usePullDown(plan.reload)

  const remove = async (entry: MyScheduleEntry) => {
    // Only sessions and booked slots are removable here, and both belong to an event.
    const event = entry.event
    if (!event) return
    const { confirm } = await Taro.showModal({
      title: entry.interviewSlotId ? '取消面试预约' : '移出日程',
      content: entry.interviewSlotId
        ? `${spanText(entry.startsAt, entry.endsAt)}「${entry.title}」，取消后该时段会让给其他同学。确定取消预约吗？`
        : `移出后不再提醒「${entry.title}」。确定移出吗？`,
      confirmText: '确定',
      cancelText: '再想想',
    })
    if (!confirm) return
    setBusy(entry.id)
    try {
      if (entry.interviewSlotId) await releaseSlot(event.id, entry.interviewSlotId)
      else if (entry.sessionId) await removeSessionFromSchedule(event.id, entry.sessionId)
      void Taro.showToast({ title: entry.interviewSlotId ? '已取消预约' : '已移出日程', icon: 'none' })
      await plan.reload()
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    } finally {
      setBusy(undefined)
    }
  }

  const entries = plan.data?.items ?? []
  const clashes = entries.filter((e) => e.overlaps.length > 0).length
  return (
    <View className='page-pad schedule'>
      <StateView
        loading={plan.loading && !plan.data}
        error={plan.data ? undefined : plan.error}
        onRetry={() => void plan.reload()}
        empty={entries.length === 0}
        emptyText='日程还是空的'
        emptyHint='报名活动后，在活动详情里把议程「加入日程」或「预约面试」；企业邀请的面试也会出现在这里'
        emptyAction={{ text: '去看看双选会', onTap: () => void Taro.switchTab({ url: ROUTES.fairs }) }}
      >
        {clashes > 0 && <Text className='notice schedule-clash-summary'>有{clashes}项日程时间冲突，请调整后再出发。</Text>}
        {entries.map((e, i) => (
          <View key={e.id}>
            {(i === 0 || dateOf(entries[i - 1]!.startsAt) !== dateOf(e.startsAt)) && <Text className='section-title'>{dateOf(e.startsAt)}</Text>}
            <View className='card schedule-item' data-title={e.title}>
              <View className='session-row__head'>
                <Text className='session-row__title'>{e.title}</Text>
                {e.cancelled && <Text className='event-kind'>面试已取消</Text>}
                {(e.sessionId || e.interviewSlotId) && (
                  <Button className='btn btn--small btn--ghost' disabled={busy === e.id} onClick={() => void remove(e)}>{e.interviewSlotId ? '取消预约' : '移出'}</Button>
                )}
              </View>
              <Text className='muted' style={{ display: 'block' }}>
                {clock(e.startsAt)}
                {e.endsAt ? `–${clock(e.endsAt)}` : ''}
                {e.place ? ` · ${e.place}` : ''}
              </Text>
              {e.event ? (
                <Text role='button' className='tap-line muted' onClick={() => void Taro.navigateTo({ url: `${ROUTES.eventDetail}?id=${encodeURIComponent(e.event!.id)}` })}>
                  {e.event.title} ›
                </Text>
              ) : (
                <Text role='button' className='tap-line muted' onClick={() => void Taro.navigateTo({ url: ROUTES.applications })}>
                  企业面试邀请 · 我的投递 ›
                </Text>
              )}
              {e.cancelled && <Text className='notice'>面试已取消，原因：{e.cancelled.reason}</Text>}
              {e.overlaps.length > 0 && <Text className='overlap-warning'>{clashText(e.overlaps)}</Text>}
            </View>
          </View>
        ))}
      </StateView>
    </View>
  )
}
