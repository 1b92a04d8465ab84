import Taro from '@tarojs/taro'
import type { Applicant, InterviewBody } from '@zhilian/shared/contracts/applications'
import { ApplicationStatus } from '@zhilian/shared/contracts/enums'
import { useState } from 'react'
import { ApiError, errorMessage } from '../../api/api-error'
import { inviteToInterview, transitionApplication } from '../../api/enterprise'
import { InterviewForm } from '../../components/InterviewForm'
import { ReasonSheet } from '../../components/ReasonSheet'

type Status = Applicant['status']
type Pending = { kind: 'reason'; ids: string[]; to: Status; required: boolean } | { kind: 'interview'; id: string; who: string }

/**
 * One applicant's move, with the sheet it needs first: the interview form for 面试, a reason for a
 * skipped stage or a rejection. `done` reloads the pipeline afterwards.
 */
export function useApplicantMoves(done: () => void, bulk?: (ids: string[], to: Status, reason?: string) => Promise<void>) {
  const [pending, setPending] = useState<Pending>()
  const [submitting, setSubmitting] = useState(false)
  const [serverIssues, setServerIssues] = useState<Record<string, string>>({})

  const run = async (ids: string[], to: Status, reason?: string) => {
    setSubmitting(true)
    try {
      if (ids.length > 1 && bulk) await bulk(ids, to, reason)
      else await transitionApplication(ids[0]!, { to, reason })
      setPending(undefined)
      void Taro.showToast({ title: `已设为${ApplicationStatus.labels[to]}`, icon: 'none' })
      done()
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    } finally {
      setSubmitting(false)
    }
  }

  const start = (ids: string[], to: Status, needsReason: boolean, who = '应聘者') => {
    if (to === 'interview' && ids.length === 1) return setPending({ kind: 'interview', id: ids[0]!, who })
    if (needsReason || to === 'rejected') return setPending({ kind: 'reason', ids, to, required: needsReason })
    void run(ids, to)
  }

  const invite = async (id: string, body: InterviewBody) => {
    setSubmitting(true)
    try {
      await inviteToInterview(id, body)
      setPending(undefined)
      setServerIssues({})
      void Taro.showToast({ title: '已发送面试邀请', icon: 'none' })
      done()
    } catch (e) {
      if (e instanceof ApiError && e.issues.length) setServerIssues(Object.fromEntries(e.issues.map((i) => [i.path, i.message])))
      else void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    } finally {
      setSubmitting(false)
    }
  }

  const sheet =
    pending?.kind === 'interview' ? (
      <InterviewForm who={pending.who} submitting={submitting} serverIssues={serverIssues} onSubmit={(b) => void invite(pending.id, b)} onCancel={() => setPending(undefined)} />
    ) : pending?.kind === 'reason' ? (
      <ReasonSheet
        title={`设为“${ApplicationStatus.labels[pending.to]}”${pending.ids.length > 1 ? `（${pending.ids.length}份）` : ''}`}
        required={pending.required}
        onSubmit={(reason) => void run(pending.ids, pending.to, reason)}
        onCancel={() => setPending(undefined)}
      />
    ) : null

  return { start, sheet }
}
