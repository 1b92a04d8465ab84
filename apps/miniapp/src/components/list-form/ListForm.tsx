import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { ApiError, errorMessage } from '../../api/api-error'
import { fetchJobPlan, fetchMyList, saveListSection, submitList, type ListKindName } from '../../api/lists'
import { jobPlanText } from './job-plan-text'
import { useOrgAccess, whoMay } from '../../lib/use-org-permissions'
import { useRemote } from '../../lib/use-remote'
import { ExcelPanel } from '../ExcelPanel'
import { StateView } from '../StateView'
import { clearLocalDraft, pickDraft, readLastStep, writeLastStep, writeLocalDraft } from './draft-storage'
import { KEPT_ON_PHONE_MESSAGE, useLeaveGuard } from '../../lib/use-leave-guard'
import { FieldInput } from './FieldInput'
import { FieldView } from './FieldView'
import type { StepSpec } from './fields'
import { issuePlace } from './issue-place'
import { setAt, type Draft } from './paths'
import { ListStepper } from './ListStepper'
import { listStatusLine } from './status-line'
import { VersionHistory } from './VersionHistory'
import './ListForm.css'

const LIST_KINDS = new Set(['rows', 'multi', 'majors', 'tags'])
type View_ = { step: number } | { check: true } | { versions: true }
const issueMap = (issues: { path: string; message: string }[]) => Object.fromEntries(issues.map((i) => [i.path, i.message]))

/**
 * The step-by-step form of an official list: each step is saved to the server as typed and to the
 * phone on every keystroke; 提交前检查 lists what is missing; the workbook route is beside it.
 */
export function ListForm({ kind, steps }: { kind: ListKindName; steps: StepSpec[] }) {
  const mine = useRemote(() => fetchMyList(kind))
  // A role that may not fill lists reads them (decision 028), read-only from the first frame (decision 091): the page
  // waits for the role before it shows a field, so nobody types into a form that 保存 would refuse.
  const access = useOrgAccess(kind === 'supply' ? 'college' : 'unit')
  const readOnly = !access.may.has('lists')
  const [draft, setDraft] = useState<Draft>({})
  const [restored, setRestored] = useState(false)
  const [missing, setMissing] = useState<string[]>([])
  const [issues, setIssues] = useState<Record<string, string>>({})
  const [view, setView] = useState<View_>(() => ({ step: readLastStep(kind, steps.length) }))
  const [busy, setBusy] = useState(false)
  /** The last save's word on 有未提交的修改, newer than the form's load (the status line follows the typing). */
  const [unsubmitted, setUnsubmitted] = useState<boolean>()
  /** Typed since the server last took the draft: kept on the phone, but leaving asks first (decision 096). */
  const [typed, setTyped] = useState(false)
  useLeaveGuard(!readOnly && typed, KEPT_ON_PHONE_MESSAGE)
  /**
   * Another step opens at the top of the page: after 保存并下一步 the page stayed scrolled to where the last step
   * ended, deep inside the next one (the end of its last job), on a phone (decision 068).
   */
  const go = (next: View_) => {
    setView(next)
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
  }
  useEffect(() => {
    if ('step' in view) writeLastStep(kind, view.step)
  }, [view, kind])

  useEffect(() => {
    if (!mine.data) return
    const picked = pickDraft(kind, mine.data.draft, mine.data.list?.updatedAt ?? null)
    setDraft(picked.draft)
    setRestored(picked.fromPhone && Object.keys(picked.draft).length > 0)
    setMissing(mine.data.missingSections)
    setUnsubmitted(undefined)
  }, [mine.data, kind])

  const change = (path: string, value: unknown) => {
    setTyped(true)
    setDraft((d) => {
      const next = setAt(d, path, value)
      writeLocalDraft(kind, next)
      return next
    })
    setIssues((all) => (all[path] ? Object.fromEntries(Object.entries(all).filter(([k]) => k !== path)) : all))
  }

  /** Saves the step; answers whether it passed the server's checks. */
  const save = async (step: StepSpec): Promise<boolean> => {
    setBusy(true)
    // A list the user left empty is an answer (none), not a missing field.
    const filled = step.fields.reduce<Draft>((d, f) => (LIST_KINDS.has(f.kind) && !f.key.includes('.') && d[f.key] === undefined ? { ...d, [f.key]: [] } : d), draft)
    if (filled !== draft) setDraft(filled)
    try {
      // A field the user emptied is gone from the draft; sent as null it is emptied on the server too (decision 096),
      // where a key left out means unchanged.
      const emptied = step.fields.filter((f) => !f.key.includes('.') && filled[f.key] === undefined).map((f) => [f.key, null])
      const saved = await saveListSection(kind, step.section, { ...filled, ...Object.fromEntries(emptied) })
      // The server holds the whole draft now (a step's save sends all of it), problems or not.
      setTyped(false)
      setIssues(issueMap(saved.issues))
      setMissing(saved.missingSections)
      setUnsubmitted(saved.unsubmittedChanges)
      void Taro.showToast({ title: saved.valid ? '已保存' : '已保存草稿，请修改标红的内容', icon: saved.valid ? 'success' : 'none' })
      return saved.valid
    } catch (e) {
      void Taro.showToast({ title: `${errorMessage(e)}；内容已保存在本机`, icon: 'none' })
      return false
    } finally {
      setBusy(false)
    }
  }

  const submit = async () => {
    let plan: Awaited<ReturnType<typeof fetchJobPlan>> | undefined
    try {
      plan = kind === 'demand' ? await fetchJobPlan() : undefined
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
      return
    }
    const content = plan ? jobPlanText(plan) : '提交后将进入平台审核，审核期间不能修改。确定提交吗？'
    const { confirm } = await Taro.showModal({ title: plan ? '确认岗位变化' : '确认提交', content, confirmText: '提交', cancelText: '取消' })
    if (!confirm) return
    setBusy(true)
    try {
      await submitList(kind, plan?.planKey)
      clearLocalDraft(kind)
      void Taro.showToast({ title: '已提交审核', icon: 'success' })
      await mine.reload()
    } catch (e) {
      if (e instanceof ApiError && e.issues.length) {
        setIssues(issueMap(e.issues))
        setMissing(e.issues.filter((i) => i.path === 'missingSections').map((i) => i.message.replace(/^尚未填写：/, '')))
      }
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    } finally {
      setBusy(false)
    }
  }

  const loaded = mine.data
  const data = loaded?.list && unsubmitted !== undefined ? { ...loaded, list: { ...loaded.list, unsubmittedChanges: unsubmitted } } : loaded
  const inReview = data?.list?.status === 'submitted'
  const current = 'step' in view ? steps[view.step] : undefined
  const stepItems = [...steps.map((s, i) => ({ label: `${i + 1}. ${s.title}`, counted: true })), { label: '提交前检查', counted: true }, { label: '版本记录', counted: false }]
  const viewIndex = 'step' in view ? view.step : 'check' in view ? steps.length : steps.length + 1
  const otherIssues = Object.entries(issues).filter(([path]) => path !== 'missingSections' && !steps.some((s) => s.fields.some((f) => path === f.key || path.startsWith(`${f.key}.`))))

  return (
    <View className='lf'>
      {/* Waits for the role, not on it: should /api/me fail, the form opens as before and the BFF refuses what the role may not do. */}
      <StateView loading={(mine.loading && !data) || (access.me.loading && !access.known)} error={data ? undefined : mine.error} onRetry={mine.reload}>
        {data && (
          <View className='lf-status card'>
            <Text className='lf-status__org'>{data.org.name}</Text>
            <Text className='muted lf-status__line'>{listStatusLine(data)}</Text>
            {data.list?.reviewNote && <Text className='lf-field__error'>审核意见：{data.list.reviewNote}</Text>}
            {restored && <Text className='lf-status__restored'>已恢复本机保存的草稿</Text>}
            {readOnly && <Text className='muted lf-read-only'>您的角色只能查看本清单；{whoMay('lists')}可以填写和提交</Text>}
          </View>
        )}
        <ListStepper items={stepItems} current={viewIndex} onGo={(i) => go(i < steps.length ? { step: i } : i === steps.length ? { check: true } : { versions: true })} />

        {current && 'step' in view && (
          <View className='card'>
            <Text className='section-title'>{current.title}</Text>
            {current.fields.map((f) =>
              readOnly ? <FieldView key={f.key} spec={f} path={f.key} draft={draft} /> : <FieldInput key={f.key} spec={f} path={f.key} draft={draft} issues={issues} onChange={change} />,
            )}
            {!readOnly && (
              <View className='btn-row'>
                <Button className='btn btn--ghost' disabled={busy} onClick={() => void save(current)}>
                  保存草稿
                </Button>
                <Button
                  className='btn btn--primary'
                  loading={busy}
                  disabled={busy}
                  onClick={async () => {
                    if (await save(current)) go(view.step + 1 < steps.length ? { step: view.step + 1 } : { check: true })
                  }}
                >
                  {view.step + 1 < steps.length ? '保存并下一步' : '保存并检查'}
                </Button>
              </View>
            )}
          </View>
        )}

        {'check' in view && data && (
          <View className='card lf-check'>
            <Text className='section-title'>提交前检查</Text>
            {missing.length === 0 ? (
              <Text className='lf-field__ok'>{readOnly ? '必填内容已齐全' : '必填内容已齐全，可以提交'}</Text>
            ) : (
              <View>
                <Text className='muted'>以下内容尚未填写：</Text>
                {missing.map((m) => (
                  <Text key={m} className='lf-check__missing'>
                    · {m}
                  </Text>
                ))}
              </View>
            )}
            {otherIssues.map(([path, message]) => {
              // Named as a step (tapping it opens the step) or as the whole list, never by the server's path.
              const place = issuePlace(steps, path)
              return (
                <Text key={path} role={place.step === undefined ? undefined : 'button'} className='lf-field__error' onClick={() => place.step !== undefined && go({ step: place.step })}>
                  {place.label}：{message}
                </Text>
              )
            })}
            {!readOnly && !data.canSubmit && <Text className='muted'>单位和您的成员身份通过认证后才能提交</Text>}
            {/* Just submitted, the page still offered 提交审核 as if nothing had happened once the toast was gone. */}
            {/* An approved list unchanged since: 可以提交 read as a step still owed (decision 073). */}
            {data.list?.status === 'approved' && !data.list.unsubmittedChanges && !restored && (
              <Text className='muted lf-check__in-review'>第{data.lastSubmitted?.version ?? data.list.version}版已通过审核，当前内容与它相同，无需再次提交；修改后可提交新版本</Text>
            )}
            {inReview && <Text className='muted lf-check__in-review'>第{data.lastSubmitted?.version ?? data.list?.version}版已提交，等待平台审核；修改后可重新提交，以最新提交的版本为准</Text>}
            {!readOnly && (
              <Button className='btn btn--primary btn--block' loading={busy} disabled={busy || !data.canSubmit || missing.length > 0} onClick={() => void submit()}>
                {inReview ? '重新提交审核' : '提交审核'}
              </Button>
            )}
            <ExcelPanel kind={kind} orgId={data.org.id} readOnly={readOnly} onImported={() => void mine.reload().then(() => clearLocalDraft(kind))} />
          </View>
        )}

        {'versions' in view && <VersionHistory kind={kind} />}
      </StateView>
    </View>
  )
}
