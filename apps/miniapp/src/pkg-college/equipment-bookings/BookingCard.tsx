import Taro from '@tarojs/taro'
import { Button, Text, Textarea, View } from '@tarojs/components'
import { BOOKING_STATUS_LABELS, type Booking, type BookingDecisionBody } from '@zhilian/shared/contracts/equipment'
import { useState } from 'react'
import { BOOKING_TAG } from '../../lib/booking-tag'
import { slotText } from '../../lib/beijing-time'
import '../../styles/kit/page.css'
import './index.css'
import '../college.css'

export interface BookingCardProps {
  booking: Booking
  /** Resolves true when the decision landed. */
  onDecide: (id: string, body: BookingDecisionBody) => Promise<boolean>
}

/** One request for the college's equipment: approve, or decline with a reason the enterprise will read. */
export function BookingCard({ booking: b, onDecide }: BookingCardProps) {
  const [declining, setDeclining] = useState(false)
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const decide = async (decision: BookingDecisionBody['decision']) => {
    const note = reason.trim()
    if (decision === 'decline' && !note) return setReasonError('请填写拒绝理由，企业将看到')
    const { confirm } = await Taro.showModal(
      decision === 'approve'
        ? { title: '确认通过', content: `${b.enterpriseName} 将在 ${slotText(b.start, b.end)} 使用「${b.equipmentName}」。`, confirmText: '通过', cancelText: '取消' }
        : { title: '确认拒绝', content: `拒绝后该时段重新开放，理由将告知企业：${note}`, confirmText: '拒绝', cancelText: '取消' },
    )
    if (!confirm) return
    setBusy(true)
    const done = await onDecide(b.id, decision === 'approve' ? { decision } : { decision, note })
    setBusy(false)
    if (done) setDeclining(false)
  }

  return (
    <View className='card booking-card'>
      <View className='booking-card__head'>
        <Text className='college__h'>{b.equipmentName}</Text>
        <Text className={`status-tag status-tag--${BOOKING_TAG[b.status]}`}>{BOOKING_STATUS_LABELS[b.status]}</Text>
      </View>
      <Text className='college__line'>预约企业：{b.enterpriseName}</Text>
      <Text className='college__line'>时段：{slotText(b.start, b.end)}</Text>
      {b.note && <Text className='muted college__line'>{b.status === 'requested' ? '使用目的' : '说明'}：{b.note}</Text>}
      {b.status === 'requested' && declining && (
        <View>
          <Textarea
            aria-label='请填写拒绝理由，如：当天设备检修'
            className='college__textarea'
            name='reason'
            placeholder='请填写拒绝理由，如：当天设备检修'
            value={reason}
            maxlength={300}
            onInput={(e) => setReason(e.detail.value)}
            onFocus={() => setReasonError(undefined)}
          />
          {reasonError && <Text className='college__error'>{reasonError}</Text>}
        </View>
      )}
      {b.status === 'requested' && (
        <View className='row-actions'>
          {declining ? (
            <>
              <Button className='btn btn--ghost btn--small' disabled={busy} onClick={() => setDeclining(false)}>取消</Button>
              <Button className='btn btn--danger btn--small' disabled={busy} onClick={() => void decide('decline')}>确认拒绝</Button>
            </>
          ) : (
            <>
              <Button className='btn btn--ghost btn--small' disabled={busy} onClick={() => setDeclining(true)}>拒绝</Button>
              <Button className='btn btn--primary btn--small' disabled={busy} onClick={() => void decide('approve')}>通过</Button>
            </>
          )}
        </View>
      )}
    </View>
  )
}
