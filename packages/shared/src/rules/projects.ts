/**
 * The project ledger's rules (decision 034): how a project's status may move, when it may be completed, and
 * when a 揭榜挂帅 challenge counts as solved (市场验题). Pure, so the BFF, the mini-program and the 成效 record
 * agree on one reading.
 */

export const PROJECT_STATUSES = ['signed', 'in_progress', 'completed', 'terminated'] as const
export type ProjectStatus = (typeof PROJECT_STATUSES)[number]

export const PROJECT_SOURCES = ['event_signing', 'challenge', 'equipment_booking', 'training', 'order_class'] as const
export type ProjectSource = (typeof PROJECT_SOURCES)[number]

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  signed: '已签约',
  in_progress: '推进中',
  completed: '已完成',
  terminated: '已终止',
}

export const PROJECT_SOURCE_LABELS: Record<ProjectSource, string> = {
  event_signing: '活动签约',
  challenge: '揭榜挂帅',
  equipment_booking: '设备共享',
  training: '企业培训',
  order_class: '订单班',
}

const NEXT: Record<ProjectStatus, readonly ProjectStatus[]> = {
  signed: ['in_progress', 'completed', 'terminated'],
  in_progress: ['completed', 'terminated'],
  completed: [],
  terminated: [],
}

export function canMoveProject(from: ProjectStatus, to: ProjectStatus): boolean {
  return NEXT[from].includes(to)
}

/** Completed and terminated projects take no more updates: the ledger keeps what happened. */
export function projectClosed(status: ProjectStatus): boolean {
  return NEXT[status].length === 0
}

/**
 * Why a move is refused, in words a party can act on, or null when it is allowed. A project is completed only
 * once every milestone is done, so "completed" always means the agreed steps happened.
 */
export function projectMoveProblem(from: ProjectStatus, to: ProjectStatus, openMilestones: number): string | null {
  if (from === to) return null
  if (!canMoveProject(from, to)) return `项目${PROJECT_STATUS_LABELS[from]}，不能改为${PROJECT_STATUS_LABELS[to]}`
  if (to === 'completed' && openMilestones > 0) return `还有 ${openMilestones} 个里程碑未完成，完成后才能结项`
  return null
}

/** What the 市场验题 rule reads from a challenge. */
export interface ChallengeOutcomeInput {
  status: 'open' | 'taken' | 'closed'
  validatedAt: Date | string | null
  inProduction: boolean | null
}

export type ChallengeOutcome = 'open' | 'closed' | 'awaiting_validation' | 'solved' | 'not_adopted'

export const CHALLENGE_OUTCOME_LABELS: Record<ChallengeOutcome, string> = {
  open: '待揭榜',
  closed: '已关闭',
  awaiting_validation: '待企业验题',
  solved: '已验题解决',
  not_adopted: '验题未投产',
}

/**
 * 企业出题、院校答题、市场验题: an accepted taker is not a solution. A challenge is solved only when its enterprise
 * validated the result and the solution went into production; validated without production is recorded, not counted.
 */
export function challengeOutcome(c: ChallengeOutcomeInput): ChallengeOutcome {
  if (c.status === 'open') return 'open'
  if (c.status === 'closed' && !c.validatedAt) return 'closed'
  if (!c.validatedAt) return 'awaiting_validation'
  return c.inProduction ? 'solved' : 'not_adopted'
}

export const challengeSolved = (c: ChallengeOutcomeInput) => challengeOutcome(c) === 'solved'
