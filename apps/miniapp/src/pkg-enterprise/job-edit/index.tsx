import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { Education, JobType, SkillLevel } from '@zhilian/shared/contracts/enums'
import { EnterpriseJobCreateSchema, type EnterpriseJob } from '@zhilian/shared/contracts/jobs'
import { useEffect, useState } from 'react'
import { createEnterpriseJob, fetchEnterpriseJob, updateEnterpriseJob } from '../../api/enterprise'
import { fetchCities } from '../../api/jobs'
import { fetchChains } from '../../api/reference'
import { StateView } from '../../components/StateView'
import { KEPT_ON_PHONE_MESSAGE, useLeaveGuard } from '../../lib/use-leave-guard'
import { useRemote } from '../../lib/use-remote'
import { useSave } from '../../lib/use-save'
import { Chip } from '../../components/Chip'
import { dropUnsentJob, keepUnsentJob, readUnsentJob } from './unsent-job'
import '../../styles/kit/field.css'
import '../../styles/kit/page.css'

type Level = keyof typeof SkillLevel.labels
interface Draft {
  title: string; type: keyof typeof JobType.labels; headcount: string; education: keyof typeof Education.labels; minYearsExperience: string
  cityCode: string; chainId: string; salaryMin: string; salaryMax: string; description: string; skills: { name: string; level: Level }[]
}

const blank: Draft = { title: '', type: 'full_time', headcount: '1', education: 'associate', minYearsExperience: '0', cityCode: '', chainId: '', salaryMin: '', salaryMax: '', description: '', skills: [] }
const fromJob = (j: EnterpriseJob): Draft => ({
  title: j.title, type: j.type, headcount: String(j.headcount), education: j.education, minYearsExperience: String(j.minYearsExperience), cityCode: j.cityCode, chainId: j.chainId ?? '',
  salaryMin: String(j.salaryMin), salaryMax: String(j.salaryMax), description: j.description, skills: j.skills,
})
const num = (s: string) => (s.trim() === '' ? undefined : Number(s))

type Notice = 'restored' | 'stale' | null
/**
 * Where the form starts. A new job left half-typed comes back as it was left (decision 084). An edit left half-typed
 * comes back over the server's copy only while that copy is the one the edit began from (decision 088); changed
 * meanwhile (a colleague, the review), the server's copy wins and the form says so. No writes here (React may call
 * it twice): the keeping effect drops the stale copy, as the form then equals the server's.
 */
function startOf(job?: EnterpriseJob): { draft: Draft; notice: Notice } {
  const origin = job ? fromJob(job) : blank
  const local = readUnsentJob<Partial<Draft>>(job?.id)
  if (!local) return { draft: origin, notice: null }
  if (job && local.base !== job.updatedAt) return { draft: origin, notice: 'stale' }
  return { draft: { ...origin, ...local.draft }, notice: 'restored' }
}

function JobForm({ job, onDone }: { job?: EnterpriseJob; onDone: () => void }) {
  const cities = useRemote(fetchCities)
  const chains = useRemote(fetchChains)
  const [start] = useState(() => startOf(job))
  const [notice, setNotice] = useState<Notice>(start.notice)
  const [d, setD] = useState<Draft>(start.draft)
  // The server's copy as the edit began: what a kept edit is restored over, and only while the server still has it.
  const [origin] = useState(() => (job ? { draft: fromJob(job), edit: { jobId: job.id, base: job.updatedAt } } : { draft: blank, edit: undefined }))
  useEffect(() => {
    // A form equal to where it started keeps nothing, so opening it and leaving restores nothing next time.
    if (JSON.stringify(d) === JSON.stringify(origin.draft)) dropUnsentJob(origin.edit?.jobId)
    else keepUnsentJob(d, origin.edit)
  }, [origin, d])
  // The phone keeps what was typed (unsent-job.ts), but the server does not have it yet: leaving asks first.
  const release = useLeaveGuard(JSON.stringify(d) !== JSON.stringify(origin.draft), KEPT_ON_PHONE_MESSAGE)
  const { save: send, saving, issues, clearIssue } = useSave(
    EnterpriseJobCreateSchema,
    (body) => {
      const { publish: _publish, orgId: _orgId, ...patch } = body
      return job ? updateEnterpriseJob(job.id, patch) : createEnterpriseJob(body)
    },
    () => {
      dropUnsentJob(job?.id)
      release()
      onDone()
    },
    {
      // New posts and material edits go to the platform's review first (decision 014): say so, not 已发布.
      success: (saved) => (saved.status === 'pending_review' ? { title: '已提交审核', icon: 'none' } : { title: job ? '已保存' : '已发布', icon: 'success' }),
      // A skill's problem shows under its row (`skills.0.name`), any other under its field.
      fieldOf: (path) => path.split('.').slice(0, path.startsWith('skills.') ? 3 : 1).join('.'),
      // The schema lets Excel rows leave the chain open; a job posted here names it, or it is in no chain's figures.
      check: (body): Record<string, string> => (body.chainId ? {} : { chainId: '请选择产业链' }),
    },
  )
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => {
    setD((p) => ({ ...p, [k]: v }))
    // A field's complaint goes once it is changed, so the chosen value is what the page shows.
    clearIssue(k)
  }
  const issue = (k: string) => issues[k] && <Text className='field-error'>{issues[k]}</Text>
  const chip = (on: boolean, label: string, onClick: () => void) => <Chip key={label} on={on} label={label} onClick={onClick} />

  const save = () =>
    send({
      title: d.title, type: d.type, headcount: num(d.headcount), education: d.education, minYearsExperience: num(d.minYearsExperience), cityCode: d.cityCode,
      salaryMin: num(d.salaryMin), salaryMax: num(d.salaryMax), description: d.description, majorCodes: job?.majorCodes ?? [], skills: d.skills,
      chainId: d.chainId || null,
    })

  const field = (k: 'title' | 'headcount' | 'minYearsExperience' | 'salaryMin' | 'salaryMax', label: string, numeric = false) => (
    <View className='field'>
      <Text className='field__label'>{label}</Text>
      <Input aria-label={label} className='field__input' name={k} type={numeric ? 'number' : 'text'} value={d[k]} onInput={(e) => set(k, e.detail.value)} />
      {issue(k)}
    </View>
  )

  const startOver = async () => {
    const { confirm } = job
      ? await Taro.showModal({ title: '放弃修改', content: '放弃上次未保存的修改，恢复为岗位当前的内容？', confirmText: '放弃', cancelText: '保留' })
      : await Taro.showModal({ title: '清空重填', content: '清空上次未提交的内容，从空白表单重新填写？', confirmText: '清空', cancelText: '保留' })
    if (!confirm) return
    setD(origin.draft)
    setNotice(null)
  }

  return (
    <View className='card'>
      {notice === 'restored' && (
        <View className='field'>
          <Text className='muted'>{job ? '已恢复上次未保存的修改，可继续修改后保存。' : '已恢复上次未提交的内容，可继续填写后提交。'}</Text>
          <Button className='btn btn--ghost btn--small' onClick={() => void startOver()}>{job ? '放弃修改' : '清空重填'}</Button>
        </View>
      )}
      {notice === 'stale' && <Text className='muted field'>岗位已在别处修改，已载入最新内容；上次未保存的修改没有恢复。</Text>}
      {field('title', '岗位名称')}
      <View className='field'>
        <Text className='field__label'>类型</Text>
        <View className='row-actions'>{(Object.keys(JobType.labels) as Draft['type'][]).map((t) => chip(d.type === t, JobType.labels[t], () => set('type', t)))}</View>
      </View>
      {field('headcount', '招聘人数', true)}
      <View className='field'>
        <Text className='field__label'>学历要求</Text>
        <View className='row-actions'>{(Object.keys(Education.labels) as Draft['education'][]).map((t) => chip(d.education === t, Education.labels[t], () => set('education', t)))}</View>
      </View>
      {field('minYearsExperience', '工作经验（年，0为不限）', true)}
      <View className='field'>
        <Text className='field__label'>工作城市</Text>
        <View className='row-actions'>{(cities.data ?? []).map((c) => chip(d.cityCode === c.adcode, c.name, () => set('cityCode', c.adcode)))}</View>
        {issue('cityCode')}
      </View>
      <View className='field'>
        <Text className='field__label'>产业链</Text>
        <View className='row-actions'>{(chains.data ?? []).map((c) => chip(d.chainId === c.id, c.name, () => set('chainId', c.id)))}</View>
        {issue('chainId')}
      </View>
      {field('salaryMin', '最低月薪（元）', true)}
      {field('salaryMax', '最高月薪（元）', true)}
      <View className='field'>
        <Text className='field__label'>技能要求</Text>
        {d.skills.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: skill rows have no identity; their inputs are controlled by index
          <View key={i} className='field'>
            <Input aria-label='技能名称' className='field__input' name={`skill-${i}`} placeholder='技能名称' value={s.name} onInput={(e) => set('skills', d.skills.map((x, j) => (j === i ? { ...x, name: e.detail.value } : x)))} />
            <View className='row-actions'>
              {(Object.keys(SkillLevel.labels) as Level[]).map((l) => chip(s.level === l, SkillLevel.labels[l], () => set('skills', d.skills.map((x, j) => (j === i ? { ...x, level: l } : x)))))}
              <Chip on={false} label='删除' onClick={() => set('skills', d.skills.filter((_, j) => j !== i))} />
            </View>
            {issue(`skills.${i}.name`)}
          </View>
        ))}
        <Button className='btn btn--ghost btn--small' onClick={() => set('skills', [...d.skills, { name: '', level: 'intermediate' }])}>添加技能点</Button>
        {issue('skills')}
      </View>
      <View className='field'>
        <Text className='field__label'>岗位描述</Text>
        <Textarea aria-label='岗位描述' className='field__textarea' name='description' maxlength={2000} value={d.description} onInput={(e) => set('description', e.detail.value)} />
        {issue('description')}
      </View>
      <Text className='muted review-hint' style={{ display: 'block', marginBottom: 'var(--space-2)' }}>
        {job ? '修改岗位名称、类型、薪资、技能、城市、学历或描述后，岗位需重新审核，审核通过前学生看不到修改后的岗位。' : '提交后由平台审核，审核通过即对学生公开。'}
      </Text>
      <Button className='btn btn--primary btn--block' loading={saving} disabled={saving} onClick={() => void save()}>
        {job ? '保存修改' : '提交审核'}
      </Button>
    </View>
  )
}

/** Create (no id) or edit (?id=) a job; the same 附件2 rules as the Excel import. */
export default function JobEditPage() {
  const id = useRouter().params.id
  const job = useRemote(() => fetchEnterpriseJob(id ?? ''), { enabled: !!id })
  const done = () => void Taro.navigateBack()
  // The config's title says 编辑岗位; a new job is reached from 发布新岗位 and says so, as 创建活动 does.
  useEffect(() => {
    if (!id) void Taro.setNavigationBarTitle({ title: '发布新岗位' })
  }, [id])
  if (!id) return <JobForm onDone={done} />
  return (
    <StateView loading={job.loading && !job.data} error={job.data ? undefined : job.error} onRetry={() => void job.reload()}>
      {job.data && <JobForm job={job.data} onDone={done} />}
    </StateView>
  )
}
