import { ApplicationStatus } from '../contracts/enums'

/**
 * The applicant pipeline: one state machine for the BFF (which enforces it) and the mini-program
 * (which only shows the buttons it allows).
 *
 *   submitted → viewed → interview → offer → hired        (enterprise, forward only)
 *   any open stage → rejected                             (enterprise)
 *   submitted | viewed | interview → withdrawn            (student, before a decision)
 *
 * Jumping over a stage is allowed but must be explained (an on-site job fair may go straight from
 * 已投递 to 录用意向), so the trail stays auditable. hired / rejected / withdrawn are final.
 */
export type PipelineStatus = keyof typeof ApplicationStatus.labels
export type PipelineActor = 'student' | 'enterprise'

export type TransitionFailureCode = 'INVALID_TRANSITION' | 'REASON_REQUIRED' | 'FORBIDDEN' | 'CAPACITY_FULL'
export type TransitionResult =
  | { ok: true; next: PipelineStatus; headcountDelta: number }
  | { ok: false; code: TransitionFailureCode; message: string }

export interface TransitionContext {
  actor: PipelineActor
  reason?: string
  /** When given, hiring is refused once no head-count is left. */
  headcountLeft?: number
}

const STAGES = ['submitted', 'viewed', 'interview', 'offer', 'hired'] as const satisfies readonly PipelineStatus[]
const FINAL: ReadonlySet<PipelineStatus> = new Set(['hired', 'rejected', 'withdrawn'])
const WITHDRAWABLE: ReadonlySet<PipelineStatus> = new Set(['submitted', 'viewed', 'interview'])

const stageIndex = (s: PipelineStatus) => (STAGES as readonly PipelineStatus[]).indexOf(s)
const label = (s: PipelineStatus) => ApplicationStatus.labels[s]

export const isFinalStatus = (s: PipelineStatus) => FINAL.has(s)

/** Who may move `from` → `to` at all, and whether a reason is needed; undefined when nobody may. */
function rule(from: PipelineStatus, to: PipelineStatus): { actor: PipelineActor; needsReason: boolean } | undefined {
  if (FINAL.has(from) || from === to) return undefined
  if (to === 'withdrawn') return WITHDRAWABLE.has(from) ? { actor: 'student', needsReason: false } : undefined
  if (to === 'rejected') return { actor: 'enterprise', needsReason: false }
  const gap = stageIndex(to) - stageIndex(from)
  if (gap < 1) return undefined
  return { actor: 'enterprise', needsReason: gap > 1 }
}

function invalidMessage(from: PipelineStatus, to: PipelineStatus): string {
  if (FINAL.has(from)) return `该投递已${label(from)}，状态不能再变更`
  if (from === to) return `该投递已是“${label(from)}”状态`
  if (to === 'withdrawn') return `已进入“${label(from)}”阶段，不能再撤回投递`
  return `不能从“${label(from)}”退回到“${label(to)}”`
}

export function transition(current: PipelineStatus, target: PipelineStatus, ctx: TransitionContext): TransitionResult {
  const r = rule(current, target)
  if (!r) return { ok: false, code: 'INVALID_TRANSITION', message: invalidMessage(current, target) }
  if (r.actor !== ctx.actor) {
    const who = r.actor === 'student' ? '学生本人' : '招聘企业'
    return { ok: false, code: 'FORBIDDEN', message: `只有${who}可以将投递设为“${label(target)}”` }
  }
  if (r.needsReason && !ctx.reason?.trim()) {
    return { ok: false, code: 'REASON_REQUIRED', message: `从“${label(current)}”直接到“${label(target)}”跳过了中间环节，请填写原因` }
  }
  if (target === 'hired' && ctx.headcountLeft !== undefined && ctx.headcountLeft <= 0) {
    return { ok: false, code: 'CAPACITY_FULL', message: '该岗位招聘人数已满，不能再确认入职' }
  }
  return { ok: true, next: target, headcountDelta: target === 'hired' ? -1 : 0 }
}

/** The moves `actor` may make from `current` (for rendering buttons); some need a reason. */
export function allowedTargets(current: PipelineStatus, actor: PipelineActor): { status: PipelineStatus; needsReason: boolean }[] {
  const all = Object.keys(ApplicationStatus.labels) as PipelineStatus[]
  return all.flatMap((to) => {
    const r = rule(current, to)
    return r && r.actor === actor ? [{ status: to, needsReason: r.needsReason }] : []
  })
}

export interface BulkItem { id: string; current: PipelineStatus }
export type BulkItemResult = { id: string } & TransitionResult

/**
 * Applies one move to many applications. Each item succeeds or fails on its own (one bad item
 * does not block the rest); head-count, when given, is consumed in input order.
 */
export function bulkTransition(items: readonly BulkItem[], target: PipelineStatus, ctx: TransitionContext) {
  let left = ctx.headcountLeft
  const results: BulkItemResult[] = items.map(({ id, current }) => {
    const r = transition(current, target, { ...ctx, headcountLeft: left })
    if (r.ok && left !== undefined) left += r.headcountDelta
    return { id, ...r }
  })
  const succeeded = results.filter((r) => r.ok).length
  const headcountDelta = results.reduce((sum, r) => sum + (r.ok ? r.headcountDelta : 0), 0)
  return { results, succeeded, failed: results.length - succeeded, headcountDelta }
}
