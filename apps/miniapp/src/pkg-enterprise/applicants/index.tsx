import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { Applicant } from '@zhilian/shared/contracts/applications'
import { Education, JobStatus } from '@zhilian/shared/contracts/enums'
import { useRef, useState } from 'react'
import { bulkTransition, fetchApplicants } from '../../api/enterprise'
import { ACTION_LABELS, PipelineActions } from '../../components/PipelineActions'
import { MissingLink } from '../../components/MissingLink'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import { ROUTES } from '../../routes'
import { useApplicantMoves } from './use-applicant-moves'
import { usePullDown } from '../../lib/use-pull-down'
import '../../styles/kit/check.css'
import '../../styles/kit/page.css'
import '../../styles/kit/item-card.css'

type Status = Applicant['status']

/** Moves every selected applicant allows; interviews need a time and place each, so they are not bulk. */
export function commonMoves(selected: Applicant[]): { status: Status; needsReason: boolean }[] {
  if (selected.length === 0) return []
  const [first, ...rest] = selected
  return first!.allowed
    .filter((a) => a.status !== 'interview' && ACTION_LABELS[a.status])
    .filter((a) => rest.every((s) => s.allowed.some((b) => b.status === a.status)))
    .map((a) => ({ status: a.status, needsReason: a.needsReason || rest.some((s) => s.allowed.find((b) => b.status === a.status)?.needsReason) }))
}

const nameOf = (a: Applicant) => a.resume.realName ?? '应聘者（未授权姓名）'

export default function ApplicantsPage() {
  const jobId = useRouter().params.jobId
  // Opened without its id (a cut link): say so and lead back, instead of asking the BFF for nothing.
  return jobId ? <ApplicantsView jobId={jobId} /> : <MissingLink whose='岗位' what='应聘者' />
}

function ApplicantsView({ jobId }: { jobId: string }) {
  const pipeline = useRemote(() => fetchApplicants(jobId))
  const [selected, setSelected] = useState<string[]>([])
  const reload = () => {
    setSelected([])
    void pipeline.reload()
  }
  const moves = useApplicantMoves(reload, async (ids, to, reason) => {
    const result = await bulkTransition({ ids, to, reason })
    if (result.failed > 0) {
      const why = result.results.find((r) => !r.ok)?.message ?? ''
      void Taro.showModal({ title: '部分未处理', content: `成功${result.succeeded}份，未成功${result.failed}份。${why}`, showCancel: false })
    }
  })
  const shownBefore = useRef(false)
  useDidShow(() => {
    if (shownBefore.current) reload()
    shownBefore.current = true
  })
  usePullDown(pipeline.reload)

  const all = pipeline.data?.stages.flatMap((s) => s.items) ?? []
  const chosen = all.filter((a) => selected.includes(a.id))
  const toggle = (id: string) => setSelected((prev) => (prev.includes(id) ? prev.filter((x) => x !== id) : [...prev, id]))
  const data = pipeline.data

  return (
    <View className='page-bar'>
      <StateView loading={pipeline.loading && !data} error={data ? undefined : pipeline.error} onRetry={() => void pipeline.reload()}>
        {data && (
          <View>
            <View className='card'>
              <Text className='job-card__title'>{data.job.title}</Text>
              <Text className='muted' style={{ display: 'block' }}>
                {JobStatus.labels[data.job.status]} · 已录用{data.job.hiredCount}/{data.job.headcount}人
              </Text>
            </View>
            <StateView empty={all.length === 0} emptyText='还没有人投递这个岗位'>
              {data.stages
                .filter((s) => s.items.length > 0)
                .map((stage) => (
                  <View key={stage.status} className='pipeline-stage'>
                    <Text className='stage'>
                      {stage.label}（{stage.count}）
                    </Text>
                    {stage.items.map((a) => {
                      const on = selected.includes(a.id)
                      return (
                        <View key={a.id} className='card applicant-card'>
                          <View className='check-row'>
                            {a.allowed.length > 0 && (
                              <View className={`check-box${on ? ' check-box--on' : ''}`} role='checkbox' aria-checked={on} onClick={() => toggle(a.id)}>
                                {on ? '✓' : ''}
                              </View>
                            )}
                            <Text
                              role='button'
                              className='job-card__title applicant-name'
                              onClick={() => void Taro.navigateTo({ url: `${ROUTES.enterpriseApplicant}?id=${encodeURIComponent(a.id)}` })}
                            >
                              {nameOf(a)} ›
                            </Text>
                          </View>
                          <Text className='muted' style={{ display: 'block' }}>
                            {[a.resume.college, a.resume.major, a.resume.education ? Education.labels[a.resume.education] : undefined].filter(Boolean).join(' · ') || '仅授权了部分信息'}
                          </Text>
                          {a.phone && <Text className='muted' style={{ display: 'block' }}>电话：{a.phone}{a.phoneMasked ? '（未授权完整号码）' : ''}</Text>}
                          <PipelineActions allowed={a.allowed} onAction={(to, needsReason) => moves.start([a.id], to, needsReason, nameOf(a))} />
                        </View>
                      )
                    })}
                  </View>
                ))}
            </StateView>
          </View>
        )}
      </StateView>
      {chosen.length > 0 && (
        <View className='bottom-bar'>
          <Text className='muted'>已选{chosen.length}份，批量：</Text>
          <View className='row-actions'>
            {commonMoves(chosen).map((m) => (
              <Button key={m.status} className='btn btn--small btn--ghost' onClick={() => moves.start(selected, m.status, m.needsReason)}>
                {ACTION_LABELS[m.status]}
              </Button>
            ))}
            <Button className='btn btn--small' onClick={() => setSelected([])}>取消选择</Button>
          </View>
        </View>
      )}
      {moves.sheet}
    </View>
  )
}
