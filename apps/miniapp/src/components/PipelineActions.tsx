import { Button, View } from '@tarojs/components'
import type { Applicant } from '@zhilian/shared/contracts/applications'
import '../styles/kit/page.css'

type Status = Applicant['status']

/** What the enterprise's button says for each target stage. */
export const ACTION_LABELS: Partial<Record<Status, string>> = {
  viewed: '标记已查看',
  interview: '邀请面试',
  offer: '发录用意向',
  hired: '确认入职',
  rejected: '不合适',
}

export interface PipelineActionsProps {
  allowed: Applicant['allowed']
  onAction: (to: Status, needsReason: boolean) => void
}

/**
 * Exactly the moves the BFF allows for this applicant (its allowed[]), nothing the server would refuse.
 * 面试 goes through the interview invitation, which records 已查看 first, so it never needs a reason.
 */
export function PipelineActions({ allowed, onAction }: PipelineActionsProps) {
  const moves = allowed.filter((a) => ACTION_LABELS[a.status]).map((a) => (a.status === 'interview' ? { ...a, needsReason: false } : a))
  if (moves.length === 0) return null
  return (
    <View className='row-actions pipeline-actions'>
      {moves.map((a) => (
        <Button
          key={a.status}
          className={`btn btn--small ${a.status === 'rejected' ? 'btn--danger' : 'btn--ghost'}`}
          onClick={() => onAction(a.status, a.needsReason)}
        >
          {ACTION_LABELS[a.status]}
          {a.needsReason ? '（需说明）' : ''}
        </Button>
      ))}
    </View>
  )
}
