import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { releaseSlot, removeSessionFromSchedule } from '../../api/events'
import { clock, shanghai } from '../../components/event-time'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import { ROUTES } from '../../routes'
import { clashText, loadMySchedule, type PlannedEntry } from './my-schedule'
import '../../components/jobs-ui.css'
import '../../components/events-ui.css'

const dateOf = (iso: string) => shanghai(iso).format('M月D日')

/** 我的日程: sessions and booked interview slots of every fair I registered for, with overlap warnings. */
export default function SchedulePage() {
  const plan = useRemote(loadMySchedule)
  const [busy, setBusy] = useState<string>()
  const shownBefore = useRef(false)
  useDidShow(() => {
    if (shownBefore.current) void plan.reload()
    shownBefore.current = true
  })
  usePullDownRefresh(() => void plan.reload().finally(() => Taro.stopPullDownRefresh()))

  const remove = async (entry: PlannedEntry) => {
    const { confirm } = await Taro.showModal({
      title: entry.interviewSlotId ? '取消面试预约' : '移出日程',
      content: entry.interviewSlotId ? `取消后该面试时段会让给其他同学。确定取消「${entry.title}」吗？` : `移出后不再提醒「${entry.title}」。确定移出吗？`,
      confirmText: '确定',
      cancelText: '再想想',
    })
    if (!confirm) return
    setBusy(entry.id)
    try {
      if (entry.interviewSlotId) await releaseSlot(entry.event.id, entry.interviewSlotId)
      else if (entry.sessionId) await removeSessionFromSchedule(entry.event.id, entry.sessionId)
      void Taro.showToast({ title: '已移出日程', icon: 'none' })
      await plan.reload()
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    } finally {
      setBusy(undefined)
    }
  }

  const entries = plan.data ?? []
  const clashes = entries.filter((e) => e.clashes.length > 0).length
  return (
    <View className='page-pad schedule'>
      <StateView
        loading={plan.loading && !plan.data}
        error={plan.data ? undefined : plan.error}
        onRetry={() => void plan.reload()}
        empty={entries.length === 0}
        emptyText='日程还是空的'
        emptyHint='报名活动后，在活动详情的议程里点「加入日程」'
      >
        {clashes > 0 && <Text className='notice schedule-clash-summary'>有{clashes}项日程时间冲突，请调整后再出发。</Text>}
        {entries.map((e, i) => (
          <View key={e.id}>
            {(i === 0 || dateOf(entries[i - 1]!.startsAt) !== dateOf(e.startsAt)) && <Text className='section-title'>{dateOf(e.startsAt)}</Text>}
            <View className='card schedule-item' data-title={e.title}>
              <View className='session-row__head'>
                <Text className='session-row__title'>{e.title}</Text>
                {(e.sessionId || e.interviewSlotId) && (
                  <Button className='btn btn--small btn--ghost' disabled={busy === e.id} onClick={() => void remove(e)}>移出</Button>
                )}
              </View>
              <Text className='muted' style={{ display: 'block' }}>
                {clock(e.startsAt)}
                {e.endsAt ? `–${clock(e.endsAt)}` : ''}
                {e.place ? ` · ${e.place}` : ''}
              </Text>
              <Text className='muted' style={{ display: 'block' }} onClick={() => void Taro.navigateTo({ url: `${ROUTES.eventDetail}?id=${encodeURIComponent(e.event.id)}` })}>
                {e.event.title} ›
              </Text>
              {e.clashes.length > 0 && <Text className='overlap-warning'>{clashText(e.clashes)}</Text>}
            </View>
          </View>
        ))}
      </StateView>
    </View>
  )
}
