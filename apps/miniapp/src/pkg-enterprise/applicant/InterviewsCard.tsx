import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { ApplicationDetail, InterviewBody } from '@zhilian/shared/contracts/applications'
import { isFinalStatus } from '@zhilian/shared'
import { useState } from 'react'
import { ApiError, errorMessage } from '../../api/api-error'
import { cancelInterview, inviteToInterview, rescheduleInterview } from '../../api/enterprise'
import { InterviewForm } from '../../components/InterviewForm'
import { ReasonSheet } from '../../components/ReasonSheet'
import { beijingDateTime } from '../../lib/beijing-time'
import '../../styles/kit/page.css'
import '../../styles/kit/item-card.css'

type Interview = ApplicationDetail['interviews'][number]
type Pending = { kind: 'move'; iv: Interview } | { kind: 'cancel'; iv: Interview } | { kind: 'round' }

const toast = (title: string) => void Taro.showToast({ title, icon: 'none' })

/**
 * The applicant's interview rounds (decision 112): an upcoming one can be moved (改期, the same form filled with its
 * fields) or called off (取消面试: a reason the student reads, then a confirmation); 再约一轮面试 adds a separate round
 * while the application is at 面试. Past and cancelled rounds are shown as they stand, without buttons.
 */
export function InterviewsCard({ application: a, who, onChanged }: { application: ApplicationDetail; who: string; onChanged: () => void }) {
  const [pending, setPending] = useState<Pending>()
  const [submitting, setSubmitting] = useState(false)
  const [serverIssues, setServerIssues] = useState<Record<string, string>>({})
  const open = !isFinalStatus(a.status)
  const now = Date.now()

  const submit = async (work: () => Promise<unknown>, done: string) => {
    setSubmitting(true)
    try {
      await work()
      setPending(undefined)
      setServerIssues({})
      toast(done)
      onChanged()
    } catch (e) {
      if (e instanceof ApiError && e.issues.length) setServerIssues(Object.fromEntries(e.issues.map((i) => [i.path, i.message])))
      else toast(errorMessage(e))
    } finally {
      setSubmitting(false)
    }
  }

  const confirmCancel = async (iv: Interview, reason: string) => {
    const { confirm } = await Taro.showModal({
      title: '取消面试',
      content: `取消${beijingDateTime(iv.at)}的面试？${who}会收到通知和原因「${reason}」，面试提醒随之停止。`,
      confirmText: '取消面试',
      cancelText: '再想想',
    })
    if (confirm) await submit(() => cancelInterview(iv.id, { reason }), '已取消面试并通知学生')
  }

  if (a.interviews.length === 0 && a.status !== 'interview') return null
  return (
    <View className='card interviews-card'>
      <Text className='detail-section'>面试安排</Text>
      {a.interviews.map((iv) => {
        const upcoming = !iv.cancelledAt && Date.parse(iv.at) > now
        return (
          <View key={iv.id} className='interview-row' data-interview={iv.id}>
            <Text style={{ display: 'block' }}>
              {iv.cancelledAt ? '面试已取消：原定' : ''}
              {beijingDateTime(iv.at)} · {iv.place}
            </Text>
            {iv.cancelledAt && <Text className='muted' style={{ display: 'block' }}>原因：{iv.cancelReason}</Text>}
            {!iv.cancelledAt && iv.note && <Text className='muted' style={{ display: 'block' }}>{iv.note}</Text>}
            {!iv.cancelledAt && !upcoming && <Text className='muted' style={{ display: 'block' }}>已过面试时间</Text>}
            {open && upcoming && (
              <View className='row-actions'>
                <Button className='btn btn--small btn--ghost' onClick={() => setPending({ kind: 'move', iv })}>改期</Button>
                <Button className='btn btn--small btn--danger' onClick={() => setPending({ kind: 'cancel', iv })}>取消面试</Button>
              </View>
            )}
          </View>
        )
      })}
      {a.status === 'interview' && (
        <Button className='btn btn--small btn--ghost' onClick={() => setPending({ kind: 'round' })}>再约一轮面试</Button>
      )}
      {pending?.kind === 'move' && (
        <InterviewForm
          who={who}
          moving={pending.iv}
          submitting={submitting}
          serverIssues={serverIssues}
          onSubmit={(b: InterviewBody) => void submit(() => rescheduleInterview(pending.iv.id, b), '已改期并通知学生')}
          onCancel={() => setPending(undefined)}
        />
      )}
      {pending?.kind === 'round' && (
        <InterviewForm
          who={who}
          submitting={submitting}
          serverIssues={serverIssues}
          onSubmit={(b: InterviewBody) => void submit(() => inviteToInterview(a.id, b), '已发送新一轮面试邀请')}
          onCancel={() => setPending(undefined)}
        />
      )}
      {pending?.kind === 'cancel' && (
        <ReasonSheet
          title='取消面试'
          required
          placeholder='取消原因（学生会看到）'
          onSubmit={(reason) => {
            const iv = pending.iv
            setPending(undefined)
            void confirmCancel(iv, reason ?? '')
          }}
          onCancel={() => setPending(undefined)}
        />
      )}
    </View>
  )
}
