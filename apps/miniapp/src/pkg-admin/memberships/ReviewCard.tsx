import { Button, Text, Textarea, View } from '@tarojs/components'
import { OrgKind, Role } from '@zhilian/shared'
import { useState } from 'react'
import type { MembershipReviewItem, VerifyMembershipBody } from '@zhilian/shared/contracts/admin'
import { beijingDate } from '../../lib/beijing-time'
import './index.css'

export type Decision = VerifyMembershipBody['decision']

export interface ReviewCardProps {
  membership: MembershipReviewItem
  /** Resolves true when the decision was sent. */
  onDecide: (id: string, decision: Decision, note?: string) => Promise<boolean>
}

export function ReviewCard({ membership: m, onDecide }: ReviewCardProps) {
  const [rejecting, setRejecting] = useState(false)
  const [note, setNote] = useState('')
  const [noteError, setNoteError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const send = async (decision: Decision) => {
    if (decision === 'rejected' && !note.trim()) {
      setNoteError('请填写驳回理由')
      return
    }
    setBusy(true)
    await onDecide(m.id, decision, decision === 'rejected' ? note.trim() : undefined)
    setBusy(false)
  }

  return (
    <View className='card review-card'>
      <View className='review-card__head'>
        <Text className='review-card__org'>{m.org.name}</Text>
        <Text className='status-tag status-tag--pending'>{OrgKind.labels[m.org.kind]}</Text>
      </View>
      <Text className='muted review-card__line'>统一社会信用代码：{m.org.uscc}</Text>
      <Text className='muted review-card__line'>申请人：{m.user.displayName}（{Role.labels[m.user.role]}）</Text>
      <Text className='muted review-card__line'>
        单位联系人：{m.org.contactName}　{m.org.contactPhone}
      </Text>
      <Text className='muted review-card__line'>申请时间：{beijingDate(m.createdAt)}</Text>
      {rejecting && (
        <View className='review-card__reject'>
          <Textarea
            aria-label='请填写驳回理由，将告知申请人'
            className='review-card__note'
            placeholder='请填写驳回理由，将告知申请人'
            value={note}
            maxlength={200}
            onInput={(e) => {
              setNote(e.detail.value)
              setNoteError(undefined)
            }}
          />
          {noteError && <Text className='review-card__error'>{noteError}</Text>}
        </View>
      )}
      <View className='review-card__actions'>
        {rejecting ? (
          <>
            <Button className='btn btn--ghost btn--small' disabled={busy} onClick={() => setRejecting(false)}>
              取消
            </Button>
            <Button className='btn btn--danger btn--small' disabled={busy} onClick={() => void send('rejected')}>
              确认驳回
            </Button>
          </>
        ) : (
          <>
            <Button className='btn btn--ghost btn--small' disabled={busy} onClick={() => setRejecting(true)}>
              驳回
            </Button>
            <Button className='btn btn--primary btn--small' disabled={busy} onClick={() => void send('verified')}>
              通过
            </Button>
          </>
        )}
      </View>
    </View>
  )
}
