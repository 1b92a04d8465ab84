import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { ApplyBody } from '@zhilian/shared/contracts/applications'
import type { JobDetail } from '@zhilian/shared/contracts/jobs'
import { Education, EventKind, JobStatus, JobType, SkillLevel } from '@zhilian/shared/contracts/enums'
import { isClosedByDate } from '@zhilian/shared/rules/deadlines'
import { useState } from 'react'
import { ApiError, errorMessage } from '../../api/api-error'
import { hasAppliedTo } from '../../api/applications'
import { applyToJob, fetchJob } from '../../api/jobs'
import { fetchProfile } from '../../api/profile'
import { askReminders, fetchSubscriptions } from '../../api/subscriptions'
import { getToken } from '../../api/token'
import { ConsentSheet } from '../../components/ConsentSheet'
import { StateView } from '../../components/StateView'
import { salaryText } from '../../lib/salary-text'
import { useRemote } from '../../lib/use-remote'
import { ROUTES } from '../../routes'
import { beijingDate } from '../../lib/beijing-time'
import { usePullDown } from '../../lib/use-pull-down'
import '../../styles/kit/page.css'
import '../../styles/kit/sheet.css'
import '../../styles/kit/timeline.css'
import '../../styles/kit/item-card.css'

/** What an applicant waits for (decision 116): the application's progress and an interview invitation. */
const APPLY_REMINDERS = ['application_changed', 'interview_invitation'] as const

/** Why a job that is not open takes no applications: its own enterprise opens it in any status. */
const NOT_OPEN: Record<Exclude<JobDetail['status'], 'open'>, string> = {
  draft: '该岗位尚未发布', pending_review: '该岗位审核中', paused: '该岗位暂停招聘', closed: '该岗位已停止招聘', filled: '该岗位已招满',
}

export default function JobDetailPage() {
  const id = useRouter().params.id ?? ''
  const job = useRemote(() => fetchJob(id))
  const [sheet, setSheet] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  const [serverError, setServerError] = useState<string>()
  const [appliedNow, setApplied] = useState(false)
  // The template ids, loaded as the sheet opens: 同意并投递 must ask WeChat before anything it awaits.
  const [templates, setTemplates] = useState<Record<string, string>>()
  // A student coming back to a job applied to before sees 已投递 at once, not 申请 and then a refusal. Only a signed-in
  // student's question gets an answer; anyone else (visitor, staff) reads as not applied.
  const before = useRemote(() => (getToken() ? hasAppliedTo(id).catch(() => false) : Promise.resolve(false)))
  const applied = appliedNow || before.data === true

  usePullDown(job.reload)

  const goProfile = async (missing: string[]) => {
    const { confirm } = await Taro.showModal({
      title: '简历还不完整',
      content: `投递前请补充：${missing.join('、')}`,
      confirmText: '去完善',
      cancelText: '稍后',
    })
    if (confirm) void Taro.navigateTo({ url: ROUTES.profile })
  }

  const startApply = async () => {
    if (!getToken()) {
      const back = `${ROUTES.jobDetail}?id=${encodeURIComponent(id)}`
      return void Taro.navigateTo({ url: `${ROUTES.login}?redirect=${encodeURIComponent(back)}` })
    }
    try {
      const [profile, subscriptions] = await Promise.all([fetchProfile(), fetchSubscriptions().catch(() => undefined)])
      if (!profile.completeness.complete) return void goProfile(profile.completeness.missingRequired)
      setTemplates(subscriptions?.templates)
      setServerError(undefined)
      setSheet(true)
    } catch (e) {
      const message = e instanceof ApiError && e.code === 'FORBIDDEN' ? '仅学生账号可以投递岗位' : errorMessage(e)
      void Taro.showToast({ title: message, icon: 'none' })
    }
  }

  const submit = async (body: ApplyBody) => {
    // The consent for the pushes this application may bring, first thing in the 同意并投递 tap (WeChat asks only from
    // one). Declining, or H5 where subscribe messages do not exist, changes nothing: the inbox carries every change.
    if (templates) void askReminders(templates, APPLY_REMINDERS).catch(() => undefined)
    setSubmitting(true)
    try {
      await applyToJob(id, body)
      setSheet(false)
      setApplied(true)
      void Taro.showToast({ title: '投递成功', icon: 'success' })
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CONFLICT') {
        setSheet(false)
        void goProfile(e.issues.map((i) => i.message.replace(/^请填写/, '')))
      } else if (e instanceof ApiError && e.code === 'DUPLICATE') {
        setSheet(false)
        setApplied(true)
        void Taro.showModal({ title: '已投递过', content: e.message, showCancel: false, confirmText: '知道了' })
      } else {
        setServerError(errorMessage(e))
      }
    } finally {
      setSubmitting(false)
    }
  }

  const j = job.data
  // The sweep's mark, or an open job past its date that the next sweep closes (decisions 051, 055); never a job its
  // enterprise closed by hand, which only the enterprise itself still opens.
  const expired = !!j && isClosedByDate(j)
  return (
    <View className='page-bar'>
      <StateView loading={job.loading && !j} error={j ? undefined : job.error} onRetry={() => void job.reload()}>
        {j && (
          <View>
            <View className='card'>
              <Text className='job-card__title'>{j.title}</Text>
              <Text className='job-card__salary' style={{ display: 'block', margin: 'var(--space-2) 0' }}>{salaryText(j.salaryMin, j.salaryMax)}</Text>
              <Text className='muted'>
                {j.city.name} · {JobType.labels[j.type]} · 学历{Education.labels[j.education]} · 经验
                {j.minYearsExperience ? `${j.minYearsExperience}年以上` : '不限'}
              </Text>
              <Text className='muted' style={{ display: 'block' }}>
                招{j.headcount}人，还招{j.headcountLeft}人 · {expired ? '已截止' : JobStatus.labels[j.status]}
                {j.closesAt ? ` · ${beijingDate(j.closesAt)}截止` : ''}
              </Text>
            </View>
            <View className='card'>
              <Text className='detail-section'>{j.org.name}</Text>
              <View className='job-card__org'>
                {j.org.labels.map((l) => (
                  <Text key={l.id} className={`org-label${l.verified ? ' org-label--verified' : ''}`}>
                    {l.name}
                    {l.verified ? '·已核验' : '·未核验'}
                  </Text>
                ))}
              </View>
              {j.org.intro && <Text className='sheet__text page-lines'>{j.org.intro}</Text>}
            </View>
            <View className='card'>
              <Text className='detail-section'>技能要求</Text>
              {j.skills.length === 0 && <Text className='muted'>未列出</Text>}
              {j.skills.map((s) => (
                <Text key={s.name} className='timeline__item'>
                  {s.name}（{SkillLevel.labels[s.level]}）
                </Text>
              ))}
              {j.majors.length > 0 && (
                <>
                  <Text className='detail-section'>相关专业</Text>
                  <Text className='sheet__text'>{j.majors.map((m) => m.name).join('、')}</Text>
                </>
              )}
              <Text className='detail-section'>岗位描述</Text>
              <Text className='sheet__text page-lines'>{j.description}</Text>
            </View>
            {j.fairs.length > 0 && (
              <View className='card'>
                <Text className='detail-section'>可在以下活动现场应聘</Text>
                {j.fairs.map((f) => (
                  <Text key={f.id} className='timeline__item'>
                    {EventKind.labels[f.kind]}：{f.title}（{beijingDate(f.startsAt)}，{f.city.name}{f.venue ? ` ${f.venue}` : ''}{f.booth ? `，展位${f.booth}` : ''}）
                  </Text>
                ))}
              </View>
            )}
            {sheet && (
              <ConsentSheet
                orgId={j.org.id}
                orgName={j.org.name}
                jobTitle={j.title}
                submitting={submitting}
                serverError={serverError}
                onSubmit={(body) => void submit(body)}
                onCancel={() => setSheet(false)}
              />
            )}
          </View>
        )}
      </StateView>
      {j && (
        <View className='bottom-bar'>
          {applied ? (
            <Button className='btn btn--ghost btn--block' onClick={() => void Taro.navigateTo({ url: ROUTES.applications })}>
              已投递，查看我的投递
            </Button>
          ) : (
            <Button className='btn btn--primary btn--block' disabled={expired || j.status !== 'open' || j.headcountLeft <= 0} onClick={() => void startApply()}>
              {expired ? '已截止' : j.status !== 'open' ? NOT_OPEN[j.status] : j.headcountLeft <= 0 ? '该岗位已招满' : '申请'}
            </Button>
          )}
        </View>
      )}
    </View>
  )
}
