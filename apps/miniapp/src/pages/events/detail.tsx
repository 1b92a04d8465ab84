import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ApiError, errorMessage } from '../../api/api-error'
import { addToSchedule, cancelRegistration, fetchDay, fetchEvent, registerForEvent, removeSessionFromSchedule, type EventDetail } from '../../api/events'
import { getToken } from '../../api/token'
import { EventTags } from '../../components/EventCard'
import { spanText } from '../../lib/beijing-time'
import { StateView } from '../../components/StateView'
import { SubscribeReminders } from '../../components/SubscribeReminders'
import { useRemote } from '../../lib/use-remote'
import { ROUTES } from '../../routes'
import { Agenda } from './Agenda'
import { BoothList } from './BoothList'
import { BoothSlots } from './BoothSlots'
import { useSlotBooking } from './use-slot-booking'
import { usePullDown } from '../../lib/use-pull-down'
import '../../styles/kit/page.css'
import '../../styles/kit/sheet.css'
import '../../components/events-ui.css'

const toast = (title: string) => void Taro.showToast({ title, icon: 'none' })

/** Why a student cannot register now, or null when they can. */
function closedReason(e: EventDetail, now = new Date()): string | null {
  if (e.status === 'cancelled') return '活动已取消'
  if (e.status === 'finished' || new Date(e.endsAt) < now) return '活动已结束'
  if (e.studentRegOpens && new Date(e.studentRegOpens) > now) return `${spanText(e.studentRegOpens, null)} 开始报名`
  if (e.studentRegCloses && new Date(e.studentRegCloses) < now) return '报名已截止'
  if (e.capacity !== null && e.registered >= e.capacity) return '名额已满'
  return null
}

/** Cancelled or over: no more planning for it. */
const closedForPlans = (e: EventDetail | undefined, now = new Date()) => !e || e.status === 'cancelled' || e.status === 'finished' || new Date(e.endsAt) < now

export default function EventDetailPage() {
  const id = useRouter().params.id ?? ''
  const self = `${ROUTES.eventDetail}?id=${encodeURIComponent(id)}`
  const signedIn = getToken() !== null
  const event = useRemote(() => fetchEvent(id))
  // My schedule for this event (students only; anyone else's 403 leaves the agenda without buttons).
  const day = useRemote(() => fetchDay(id), { enabled: signedIn })
  const [busy, setBusy] = useState<string>()
  const [warnings, setWarnings] = useState<Record<string, string>>({})
  const booking = useSlotBooking(id, event.data?.booths.filter((b) => b.status === 'approved').map((b) => b.id), signedIn)

  const reload = () => Promise.all([event.reload(), signedIn ? day.reload() : null, signedIn ? booking.slots.reload() : null])
  usePullDown(reload)

  const login = () => void Taro.navigateTo({ url: `${ROUTES.login}?redirect=${encodeURIComponent(self)}` })

  const register = async () => {
    if (!signedIn) return login()
    setBusy('register')
    try {
      await registerForEvent(id)
      toast('报名成功')
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CAPACITY_FULL') void Taro.showModal({ title: '名额已满', content: `${e.message}，可以关注同类活动或线上的空中双选会。`, showCancel: false, confirmText: '知道了' })
      else toast(e instanceof ApiError && e.code === 'FORBIDDEN' ? '仅学生账号可以报名' : errorMessage(e))
    } finally {
      setBusy(undefined)
    }
    void reload()
  }

  const unregister = async () => {
    const { confirm } = await Taro.showModal({ title: '取消报名', content: '取消后名额会让给其他同学，活动提醒也不再发送。确定取消吗？', confirmText: '取消报名', cancelText: '再想想' })
    if (!confirm) return
    setBusy('register')
    try {
      await cancelRegistration(id)
      toast('已取消报名')
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setBusy(undefined)
    }
    void reload()
  }

  const addSession = async (sessionId: string) => {
    setBusy(sessionId)
    try {
      const result = await addToSchedule(id, { sessionId })
      setWarnings((w) => ({ ...w, [sessionId]: result.warning ?? '' }))
      toast(result.warning ? '已加入日程，但时间有冲突' : '已加入日程')
    } catch (e) {
      toast(e instanceof ApiError && e.code === 'FORBIDDEN' ? '仅学生账号可以安排日程' : errorMessage(e))
    } finally {
      setBusy(undefined)
    }
    void day.reload()
  }

  const removeSession = async (sessionId: string) => {
    const { confirm } = await Taro.showModal({ title: '移出日程', content: '移出后不再提醒该议程。确定移出吗？', confirmText: '移出', cancelText: '取消' })
    if (!confirm) return
    setBusy(sessionId)
    try {
      await removeSessionFromSchedule(id, sessionId)
      setWarnings(({ [sessionId]: _gone, ...rest }) => rest)
      toast('已移出日程')
    } catch (e) {
      toast(errorMessage(e))
    } finally {
      setBusy(undefined)
    }
    void day.reload()
  }

  const e = event.data
  const planned = day.data ? new Set(day.data.mySchedule.map((s) => s.sessionId).filter((s): s is string => !!s)) : undefined
  const mine = e?.myRegistration
  const closed = e ? closedReason(e) : null
  const canBook = !!mine && !closedForPlans(e)
  const slotsOf = (boothId: string) => (booking.slots.data?.items ?? []).filter((s) => s.boothId === boothId)
  const go = (url: string) => void Taro.navigateTo({ url: `${url}?id=${encodeURIComponent(id)}` })

  return (
    <View className='page-bar event-detail'>
      <StateView loading={event.loading && !e} error={e ? undefined : event.error} onRetry={() => void event.reload()}>
        {e && (
          <View>
            {e.status === 'cancelled' && <Text className='notice notice--error'>本场活动已取消，报名和提醒均已停止。</Text>}
            <View className='card' style={{ marginTop: 'var(--space-4)' }}>
              <EventTags event={e} mine={mine ? (mine.checkedInAt ? 'checked_in' : 'registered') : undefined} />
              <Text className='event-card__title'>{e.title}</Text>
              <Text className='event-card__line'>时间：{spanText(e.startsAt, e.endsAt)}</Text>
              {e.venue && <Text className='event-card__line'>地点：{e.venue}</Text>}
              {e.organizer && <Text className='event-card__line'>主办：{e.organizer.name}</Text>}
              <Text className='event-card__line'>
                已报名{e.registered}人{e.capacity !== null ? ` / 限${e.capacity}人` : ''}
                {e.studentRegCloses ? ` · ${spanText(e.studentRegCloses, null)} 截止报名` : ''}
              </Text>
              {e.description && <Text className='sheet__text page-lines' style={{ marginTop: 'var(--space-3)' }}>{e.description}</Text>}
            </View>
            {mine && e.status !== 'cancelled' && (
              <View className='event-entries' style={{ marginBottom: 'var(--space-5)' }}>
                <View role='button' className='event-entry' onClick={() => go(ROUTES.eventCheckin)}><Text>签到</Text></View>
                <View role='button' className='event-entry' onClick={() => go(ROUTES.eventDay)}><Text>活动当天</Text></View>
                <View role='button' className='event-entry' onClick={() => void Taro.navigateTo({ url: ROUTES.eventSchedule })}><Text>我的日程</Text></View>
              </View>
            )}
            <View className='card'>
              <Text className='detail-section'>议程</Text>
              {/* 我的日程 is built from the events I registered for, so sessions join it after registering. */}
              <Agenda sessions={e.sessions} planned={mine && e.status !== 'cancelled' ? planned : undefined} warnings={warnings} busy={busy} onAdd={(s) => void addSession(s)} onRemove={(s) => void removeSession(s)} />
              {!mine && !closed && e.sessions.length > 0 && <Text className='muted' style={{ display: 'block', marginTop: 'var(--space-3)' }}>报名后可把议程加入我的日程</Text>}
            </View>
            <View className='card'>
              <Text className='detail-section'>参展单位与岗位</Text>
              <BoothList
                booths={e.booths}
                extra={(boothId) => <BoothSlots slots={slotsOf(boothId)} canBook={canBook} busy={booking.busy} warnings={booking.warnings} onBook={(s) => void booking.book(s)} />}
              />
              {!canBook && !closedForPlans(e) && booking.slots.data?.items.some((s) => !s.booked) && <Text className='muted' style={{ display: 'block', marginTop: 'var(--space-3)' }}>报名后可预约现场面试</Text>}
            </View>
            {e.status !== 'cancelled' && <SubscribeReminders signedIn={signedIn} loginBack={self} />}
          </View>
        )}
      </StateView>
      {e && (
        <View className='bottom-bar'>
          {mine ? (
            <Button className='btn btn--ghost btn--block register-btn' disabled={busy === 'register' || !!mine.checkedInAt || e.status === 'cancelled'} onClick={() => void unregister()}>
              {mine.checkedInAt ? '已签到' : e.status === 'cancelled' ? '活动已取消' : '已报名 · 取消报名'}
            </Button>
          ) : (
            <Button className='btn btn--primary btn--block register-btn' disabled={busy === 'register' || !!closed} onClick={() => void register()}>
              {closed ?? (signedIn ? '报名参加' : '登录后报名')}
            </Button>
          )}
        </View>
      )}
    </View>
  )
}
