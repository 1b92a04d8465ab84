import type { Prisma } from '@zhilian/db'
import { AppError, checkUscc, type FieldIssue } from '@zhilian/shared'
import type { DemandListInput } from '@zhilian/shared/contracts/demand-list'
import type { SupplyListInput } from '@zhilian/shared/contracts/supply-list'
import type { Context } from 'hono'
import type { ZodError } from 'zod'
import { audit } from '../lib/audit'
import { fieldIssues } from '../lib/problem'
import type { AppBindings } from '../lib/types'
import type { SubmitBody } from '@zhilian/shared/contracts/lists'
import { materializeDemand, prepareDemand } from './demand-materialize'
import { planJobs } from './job-plan'
import { callerOrg, requirePublishable, type CallerOrg } from './caller-org'
import { diffSections } from './list-diff'
import { stableJson } from '../excel/content-hash'
import { asDraft, toJson, type Draft, type ListKind } from './list-kinds'
import { clearDraftEdited, draftOf, ensureList, findList, insertVersion, nextVersion, updateList, type ListMeta } from './list-store'
import { materializeSupply, prepareSupply } from './supply-materialize'
import { maskedIfPhone } from '../lib/phone-mask'

type Tx = Prisma.TransactionClient
type C = Context<AppBindings>
const iso = (d: Date | null) => (d ? d.toISOString() : null)

/** The draft changed since the last submission; a list never submitted is a draft as a whole, its status says so. */
const unsubmitted = (list: Pick<ListMeta, 'draftEditedAt' | 'submittedAt'>) => list.draftEditedAt !== null && list.submittedAt !== null

function listMeta(list: (ListMeta & { draft?: unknown }) | null) {
  if (!list) return null
  const { draft: _d, importHash: _h, draftEditedAt: _e, ...meta } = list
  return {
    ...meta, submittedAt: iso(meta.submittedAt), reviewedAt: iso(meta.reviewedAt), updatedAt: meta.updatedAt.toISOString(),
    unsubmittedChanges: unsubmitted(list),
  }
}

type Snapshot = { source: 'submit' | 'import'; data: Draft }
const asSnapshot = (value: Prisma.JsonValue): Snapshot => {
  const s = asDraft(value)
  return { source: s.source === 'import' ? 'import' : 'submit', data: asDraft(s.data as Prisma.JsonValue) }
}

async function lastVersion(db: Tx, kind: ListKind, listId: string, source?: 'submit') {
  // Filtered in the database: each snapshot of a 10,000-row list is megabytes, so only the one wanted is read.
  const row = await db.listVersion.findFirst({
    where: { listKind: kind.kind, listId, ...(source ? { snapshot: { path: ['source'], equals: source } } : {}) }, orderBy: { version: 'desc' },
  })
  return row ? { version: row.version, at: row.at.toISOString(), byUserId: row.byUserId, ...asSnapshot(row.snapshot) } : null
}

/** The version a reviewer decides on and approval writes: the last one recorded by a submission. */
export const submittedVersion = (db: Tx, kind: ListKind, listId: string) => lastVersion(db, kind, listId, 'submit')

export async function getMine(c: C, kind: ListKind) {
  const caller = await callerOrg(c, kind.orgKind, 'view')
  const list = await findList(c.var.db, kind.kind, caller.org.id)
  const draft = asDraft(list?.draft)
  return {
    org: { id: caller.org.id, name: caller.org.name, verified: caller.org.verification === 'verified' },
    list: listMeta(list),
    draft,
    sections: Object.keys(kind.steps),
    missingSections: kind.missing(draft),
    canSubmit: caller.canPublish,
    lastSubmitted: list ? await lastVersion(c.var.db, kind, list.id, 'submit') : null,
  }
}

/** Saves one step as typed, whatever its problems; the problems come back beside the fields. */
export async function saveSection(c: C, kind: ListKind, section: string, body: Record<string, unknown>) {
  // Own keys only: `constructor`, `__proto__`, `toString` … are found on any object's prototype (they were a 500).
  const step = Object.hasOwn(kind.steps, section) ? kind.steps[section] : undefined
  if (!step) {
    throw new AppError('NOT_FOUND', { userMessage: `没有名为「${section}」的填报步骤，可选：${Object.keys(kind.steps).join('、')}` })
  }
  const caller = await callerOrg(c, kind.orgKind)
  const keys = Object.keys(step.shape)
  // Decision 096: a key left out is unchanged, a key sent as null is emptied (an optional field the user cleared).
  const cleared = keys.filter((k) => Object.hasOwn(body, k) && body[k] === null)
  const picked = Object.fromEntries(keys.filter((k) => Object.hasOwn(body, k) && body[k] !== null).map((k) => [k, body[k]]))
  const checked = step.safeParse(picked)
  const { saved, draft } = await c.var.db.$transaction(async (tx) => {
    const list = await ensureList(tx, kind.kind, caller.org.id)
    const before = asDraft(await draftOf(tx, kind.kind, list.id))
    const draft: Draft = Object.fromEntries(Object.entries({ ...before, ...picked }).filter(([k]) => !cleared.includes(k)))
    // 保存草稿 tapped on an untouched step is no change: the list does not read 「有未提交的修改」 for it.
    const changed = Object.keys(picked).some((k) => stableJson(before[k]) !== stableJson(picked[k])) || cleared.some((k) => before[k] !== undefined)
    return { saved: await updateList(tx, kind.kind, list.id, { draft: toJson(draft), ...(changed ? { draftEditedAt: new Date() } : {}) }), draft }
  })
  return {
    section,
    saved: true as const,
    valid: checked.success,
    issues: checked.success ? [] : fieldIssues(checked.error),
    missingSections: kind.missing(draft),
    updatedAt: saved.updatedAt.toISOString(),
    unsubmittedChanges: unsubmitted(saved),
  }
}

/** The submitted list must describe the caller's own unit. */
function unitIssues(kind: ListKind, caller: CallerOrg, data: Draft): FieldIssue[] {
  const unit = asDraft(data[kind.unitKey] as Prisma.JsonValue)
  const check = checkUscc(String(unit.uscc ?? ''))
  if (check.ok && check.code === caller.org.uscc) return []
  return [{ path: `${kind.unitKey}.uscc`, message: '统一社会信用代码与本单位登记的不一致' }]
}

function validate(kind: ListKind, caller: CallerOrg, draft: Draft): Draft {
  const missing = kind.missing(draft)
  const parsed = kind.full.safeParse(draft)
  const issues: FieldIssue[] = [
    ...missing.map((m) => ({ path: 'missingSections', message: `尚未填写：${m}` })),
    ...(parsed.success ? unitIssues(kind, caller, parsed.data) : fieldIssues(parsed.error as ZodError)),
  ]
  if (issues.length || !parsed.success) {
    throw new AppError('VALIDATION_FAILED', { userMessage: '清单还有未完成或有误的内容，请按提示修改后再提交', issues })
  }
  return parsed.data
}

/** Reference checks and defaults (chains) applied before a version is recorded, so the version is what will count. */
async function prepare(tx: Tx, kind: ListKind, data: Draft): Promise<Draft> {
  return kind.kind === 'supply'
    ? ((await prepareSupply(tx, data as unknown as SupplyListInput)) as unknown as Draft)
    : ((await prepareDemand(tx, data as unknown as DemandListInput)) as unknown as Draft)
}

/**
 * Records a version of the list with the sections that changed since the previous one; an import's
 * version is also its new draft (`importHash` given), written from the same parameter.
 */
async function recordVersion(tx: Tx, kind: ListKind, orgId: string, list: ListMeta, userId: string, data: Draft, source: Snapshot['source'], importHash?: string) {
  const version = await nextVersion(tx, kind.kind, list)
  const previous = await lastVersion(tx, kind, list.id)
  const changes = diffSections(previous?.data ?? {}, data, kind.labels)
  await insertVersion(tx, kind.kind, list.id, version, userId, source, data, importHash === undefined ? undefined : { importHash })
  await audit(tx, {
    actorUserId: userId, orgId, action: `${kind.kind}_list.${source}`, entity: kind.kind === 'supply' ? 'SupplyList' : 'DemandList', entityId: list.id,
    diff: toJson({ version, changes }),
  })
  return version
}

/** A list of thousands of rows takes longer than Prisma's 5 s default to write; it is still one transaction. */
export const LIST_WRITE_TX = { timeout: 120_000, maxWait: 10_000 }

/**
 * Validates the draft, records it as a version and sends it to review. Nothing public changes: the
 * list's tables keep the approved version until a reviewer approves this one (approveVersion). A 附件2
 * must confirm the job plan it was shown (`confirmJobs` = planKey) when the submission would add,
 * change or close live jobs.
 */
export async function submit(c: C, kind: ListKind, body: SubmitBody = {}) {
  const caller = await callerOrg(c, kind.orgKind)
  requirePublishable(caller)
  const db = c.var.db
  const list = await findList(db, kind.kind, caller.org.id)
  if (!list) throw new AppError('VALIDATION_FAILED', { userMessage: '清单还没有填写内容', issues: kind.missing({}).map((m) => ({ path: 'missingSections', message: `尚未填写：${m}` })) })
  const validated = validate(kind, caller, asDraft(list.draft))
  const result = await db.$transaction(async (tx) => {
    const data = await prepare(tx, kind, validated)
    if (kind.kind === 'demand') await requireConfirmedPlan(tx, caller.org.id, list.id, data as unknown as DemandListInput, body.confirmJobs)
    const version = await recordVersion(tx, kind, caller.org.id, list, caller.user.id, data, 'submit')
    const now = new Date()
    const filledAt = typeof data.filledAt === 'string' ? new Date(`${data.filledAt}T00:00:00Z`) : now
    await clearDraftEdited(tx, kind.kind, list.id, list.draftEditedAt)
    return updateList(tx, kind.kind, list.id, {
      status: 'submitted', version, submittedAt: now, filledBy: String(data.filledBy), filledByPhone: String(data.filledByPhone), filledAt,
      ...(kind.kind === 'supply' ? { year: Number(data.year) } : {}),
    })
  }, LIST_WRITE_TX)
  return { id: result.id, status: result.status, version: result.version, submittedAt: result.submittedAt!.toISOString() }
}

/** What approving the caller's current 附件2 draft would do to its live jobs (decision 015). */
export async function previewJobs(c: C) {
  const caller = await callerOrg(c, 'enterprise')
  const list = await findList(c.var.db, 'demand', caller.org.id)
  const jobs = asDraft(list?.draft).jobs
  const rows = (Array.isArray(jobs) ? jobs : []).filter((j): j is DemandListInput['jobs'][number] => typeof j?.title === 'string')
  const { jobs: _j, ...plan } = await planJobs(c.var.db, caller.org.id, list?.id ?? null, rows)
  return plan
}

async function requireConfirmedPlan(tx: Tx, orgId: string, listId: string, data: DemandListInput, confirmed: string | undefined) {
  const plan = await planJobs(tx, orgId, listId, data.jobs)
  if (plan.add.length + plan.change.length + plan.close.length === 0 || confirmed === plan.planKey) return
  throw new AppError('INVALID_TRANSITION', {
    userMessage: confirmed
      ? '岗位情况已变化，请重新查看本次提交将新增、修改和关闭的岗位后再提交'
      : `请先确认本次提交对在招岗位的影响：新增${plan.add.length}个、修改${plan.change.length}个、关闭${plan.close.length}个`,
  })
}

/**
 * Approval (called by the review decision in its transaction): the list's last submitted version is
 * written into its tables, replacing the previously approved one's rows, and becomes the version that
 * counts publicly. For 附件2 this publishes, changes and closes the list's own jobs.
 */
export async function approveVersion(tx: Tx, kind: ListKind, listId: string, orgId: string) {
  const submitted = await submittedVersion(tx, kind, listId)
  if (!submitted) throw new AppError('INVALID_TRANSITION', { userMessage: '该清单没有已提交的版本，无法通过审核' })
  const data = submitted.data
  if (kind.kind === 'supply') await materializeSupply(tx, listId, data as unknown as SupplyListInput)
  else await materializeDemand(tx, orgId, listId, data as unknown as DemandListInput)
  const unit = asDraft(data[kind.unitKey] as Prisma.JsonValue)
  await tx.organization.update({
    where: { id: orgId },
    data: {
      contactName: String(unit.contactName), contactPhone: String(unit.contactPhone),
      contactTitle: (unit.contactTitle as string | undefined) ?? null, contactEmail: (unit.contactEmail as string | undefined) ?? null,
      ...(kind.kind === 'demand' ? { nature: unit.nature as 'private' } : {}),
    },
  })
  const approved = { approvedVersion: submitted.version, approvedAt: new Date() }
  if (kind.kind === 'supply') await tx.supplyList.update({ where: { id: listId }, data: approved })
  else await tx.demandList.update({ where: { id: listId }, data: approved })
  return submitted.version
}

/**
 * Replaces the draft with an imported list in the caller's transaction and records a version; the
 * same content twice (by contentHash) writes nothing.
 */
export async function replaceDraft(tx: Tx, kind: ListKind, orgId: string, userId: string, data: Draft, hash: string) {
  const list = await ensureList(tx, kind.kind, orgId)
  if (list.importHash === hash) return { unchanged: true, version: list.version }
  const version = await recordVersion(tx, kind, orgId, list, userId, data, 'import', hash)
  return { unchanged: false, version }
}

export async function versions(c: C, kind: ListKind) {
  const caller = await callerOrg(c, kind.orgKind, 'view')
  const list = await findList(c.var.db, kind.kind, caller.org.id)
  if (!list) return { items: [] }
  const rows = await c.var.db.listVersion.findMany({ where: { listKind: kind.kind, listId: list.id }, orderBy: { version: 'asc' } })
  const users = new Map(
    (await c.var.db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.byUserId))] } }, select: { id: true, displayName: true } })).map((u) => [u.id, maskedIfPhone(u.displayName)]),
  )
  let previous: Draft = {}
  const items = rows.map((row) => {
    const snap = asSnapshot(row.snapshot)
    const changes = diffSections(previous, snap.data, kind.labels)
    previous = snap.data
    return { version: row.version, at: row.at.toISOString(), source: snap.source, by: { id: row.byUserId, displayName: users.get(row.byUserId) ?? null }, changes }
  })
  return { items: items.reverse() }
}
