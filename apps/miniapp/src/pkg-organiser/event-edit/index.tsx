import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { EventDetail } from '@zhilian/shared/contracts/events'
import { useEffect, useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { cancelEvent, fetchOrganisedEvent } from '../../api/organiser'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import { EVENT_STATUS } from '../labels'
import { EventForm } from './EventForm'
import { SessionsCard } from './SessionsCard'
import '../organiser.css'

function EventEditor({ initial }: { initial?: EventDetail }) {
  const [event, setEvent] = useState(initial)
  const cancel = async (e: EventDetail) => {
    const { confirm } = await Taro.showModal({
      title: '取消活动',
      content: `确定取消「${e.title}」吗？所有已报名的学生和参展单位都会收到取消通知，活动提醒随之停止，取消后不能恢复。`,
      confirmText: '取消活动',
      cancelText: '再想想',
    })
    if (!confirm) return
    try {
      await cancelEvent(e.id)
      setEvent({ ...e, status: 'cancelled' })
      void Taro.showToast({ title: '活动已取消，已通知报名者', icon: 'none' })
    } catch (err) {
      void Taro.showToast({ title: errorMessage(err), icon: 'none' })
    }
  }

  if (event?.status === 'cancelled') {
    return (
      <View className='card'>
        <Text className='organiser__h'>{event.title}</Text>
        <Text className='organiser__line'>活动{EVENT_STATUS.cancelled}，不能再修改。</Text>
      </View>
    )
  }
  return (
    <View>
      {/* A new event's form becomes its edit form once saved, so the agenda can follow. */}
      <EventForm key={event?.id ?? 'new'} event={event} onSaved={setEvent} />
      {event && <SessionsCard event={event} onChange={(sessions) => setEvent({ ...event, sessions })} />}
      {event && (
        <View className='card'>
          <Button className='btn btn--danger btn--block' onClick={() => void cancel(event)}>取消活动</Button>
        </View>
      )}
    </View>
  )
}

/** Create (no id) or edit (?id=) an event, its agenda, or cancel it. */
export default function OrganiserEventEditPage() {
  const id = useRouter().params.id
  const event = useRemote(() => fetchOrganisedEvent(id ?? ''), { enabled: !!id })
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: id ? '编辑活动' : '创建活动' })
  }, [id])
  if (!id) return <EventEditor />
  return (
    <StateView loading={event.loading && !event.data} error={event.data ? undefined : event.error} onRetry={() => void event.reload()}>
      {event.data && <EventEditor initial={event.data} />}
    </StateView>
  )
}
