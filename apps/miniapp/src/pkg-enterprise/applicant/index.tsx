import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { ApplicationStatus, Education } from '@zhilian/shared/contracts/enums'
import { PROFILE_FIELD_LABELS } from '@zhilian/shared/contracts/profile'
import { fetchApplication, markApplicationViewed } from '../../api/enterprise'
import { PipelineActions } from '../../components/PipelineActions'
import { StateView } from '../../components/StateView'
import { StatusTimeline } from '../../components/StatusTimeline'
import { useRemote } from '../../lib/use-remote'
import { useApplicantMoves } from '../applicants/use-applicant-moves'
import { InterviewsCard } from './InterviewsCard'
import { usePullDown } from '../../lib/use-pull-down'
import '../../styles/kit/page.css'
import '../../styles/kit/sheet.css'
import '../../styles/kit/timeline.css'
import '../../styles/kit/item-card.css'

/** One applicant: only the résumé fields they consented to; the phone masked unless consented. */
export default function ApplicantPage() {
  const id = useRouter().params.id ?? ''
  // Opening the page is the enterprise looking at it: mark it viewed, then read it as it now is.
  const app = useRemote(() => markApplicationViewed(id).then(() => fetchApplication(id)))
  const moves = useApplicantMoves(() => void app.reload())
  usePullDown(app.reload)
  const a = app.data
  const r = a?.resume
  const rows: [string, string | undefined][] = r
    ? [
        [PROFILE_FIELD_LABELS.realName, r.realName ?? undefined],
        [PROFILE_FIELD_LABELS.college, r.college ?? undefined],
        [PROFILE_FIELD_LABELS.major, r.major ?? undefined],
        [PROFILE_FIELD_LABELS.grade, r.grade != null ? `${r.grade}年级` : undefined],
        [PROFILE_FIELD_LABELS.education, r.education ? Education.labels[r.education] : undefined],
        [PROFILE_FIELD_LABELS.skills, r.skills?.join('、')],
        [PROFILE_FIELD_LABELS.certificates, r.certificates?.join('、')],
        [PROFILE_FIELD_LABELS.expectedCities, r.expectedCities?.join('、')],
        [PROFILE_FIELD_LABELS.intro, r.intro ?? undefined],
      ]
    : []
  return (
    <View className='page-pad'>
      <StateView loading={app.loading && !a} error={a ? undefined : app.error} onRetry={() => void app.reload()}>
        {a && (
          <View>
            <View className='card'>
              <Text className='job-card__title'>{a.resume.realName ?? '应聘者'}</Text>
              <Text className='muted' style={{ display: 'block' }}>
                应聘：{a.job.title} · {ApplicationStatus.labels[a.status]}
              </Text>
              {a.phone && (
                <Text style={{ display: 'block' }}>
                  电话：{a.phone}
                  {a.phoneMasked ? '（学生未授权完整号码）' : ''}
                </Text>
              )}
              <PipelineActions allowed={a.allowed} onAction={(to, needsReason) => moves.start([a.id], to, needsReason, a.resume.realName ?? '应聘者')} />
            </View>
            <View className='card'>
              <Text className='detail-section'>学生授权查看的信息</Text>
              {rows
                .filter((row): row is [string, string] => !!row[1])
                .map(([label, value]) => (
                  <Text key={label} className='timeline__item'>
                    {label}：{value}
                  </Text>
                ))}
              <Text className='muted'>未授权的信息不会显示。</Text>
              {a.coverNote && <Text className='sheet__text'>附言：{a.coverNote}</Text>}
            </View>
            <InterviewsCard application={a} who={a.resume.realName ?? '应聘者'} onChanged={() => void app.reload()} />
            <View className='card'>
              <Text className='detail-section'>进度</Text>
              <StatusTimeline events={a.timeline} />
            </View>
          </View>
        )}
      </StateView>
      {moves.sheet}
    </View>
  )
}
