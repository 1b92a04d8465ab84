import type { Prisma } from '@zhilian/db'
import { AppError, checkUscc, type FieldIssue } from '@zhilian/shared'
import type { DemandListInput } from '@zhilian/shared/contracts/demand-list'
import type { SupplyListInput } from '@zhilian/shared/contracts/supply-list'
import type { Context } from 'hono'
import type { ZodError } from 'zod'
import { audit } from '../../lib/audit'
import { fieldIssues } from '../../lib/problem'
import type { AppBindings } from '../../lib/types'
import { materializeDemand } from '../demand-lists/demand-materialize'
import { callerOrg, requirePublishable, type CallerOrg } from './caller-org'
import { diffSections } from './list-diff'
import { asDraft, toJson, type Draft, type ListKind } from './list-kinds'
import { ensureList, findList, nextVersion, updateList, type ListRow } from './list-store'
import { materializeSupply } from './supply-materialize'

type Tx = Prisma.TransactionClient
type C = Context<AppBindings>
const iso = (d: Date | null) => (d ? d.toISOString() : null)

function listMeta(list: ListRow | null) {
  if (!list) return null
  const { draft: _d, importHash: _h, ...meta } = list
  return { ...meta, submittedAt: iso(meta.submittedAt), reviewedAt: iso(meta.reviewedAt), updatedAt: meta.updatedAt.toISOString() }
}

type Snapshot = { source: 'submit' | 'import'; data: Draft }
const asSnapshot = (value: Prisma.JsonValue): Snapshot => {
  const s = asDraft(value)
  return { source: s.source === 'import' ? 'import' : 'submit', data: asDraft(s.data as Prisma.JsonValue) }
}

async function lastVersion(db: Tx, kind: ListKind, listId: string, source?: 'submit') {
  const rows = await db.listVersion.findMany({ where: { listKind: kind.kind, listId }, orderBy: { version: 'desc' }, take: source ? 50 : 1 })
  const row = rows.find((r) => !source || asSnapshot(r.snapshot).source === source)
  return row ? { version: row.version, at: row.at.toISOString(), byUserId: row.byUserId, ...asSnapshot(row.snapshot) } : null
}

export async function getMine(c: C, kind: ListKind) {
  const caller = await callerOrg(c, kind.orgKind)
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
  const step = kind.steps[section]
  if (!step) {
    throw new AppError('NOT_FOUND', { userMessage: `没有名为「${section}」的填报步骤，可选：${Object.keys(kind.steps).join('、')}` })
  }
  const caller = await callerOrg(c, kind.orgKind)
  const keys = Object.keys(step.shape)
  const picked = Object.fromEntries(keys.filter((k) => k in body).map((k) => [k, body[k]]))
  const checked = step.safeParse(picked)
  const saved = await c.var.db.$transaction(async (tx) => {
    const list = await ensureList(tx, kind.kind, caller.org.id)
    const draft = { ...asDraft(list.draft), ...picked }
    return updateList(tx, kind.kind, list.id, { draft: toJson(draft) })
  })
  const draft = asDraft(saved.draft)
  return {
    section,
    saved: true as const,
    valid: checked.success,
    issues: checked.success ? [] : fieldIssues(checked.error),
    missingSections: kind.missing(draft),
    updatedAt: saved.updatedAt.toISOString(),
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

async function materialize(tx: Tx, kind: ListKind, orgId: string, listId: string, data: Draft) {
  if (kind.kind === 'supply') await materializeSupply(tx, orgId, listId, data as unknown as SupplyListInput)
  else await materializeDemand(tx, orgId, listId, data as unknown as DemandListInput)
}

/** Records a version of the list with the sections that changed since the previous one. */
async function recordVersion(tx: Tx, kind: ListKind, orgId: string, list: ListRow, userId: string, data: Draft, source: Snapshot['source']) {
  const version = await nextVersion(tx, kind.kind, list.id)
  const previous = await lastVersion(tx, kind, list.id)
  const changes = diffSections(previous?.data ?? {}, data, kind.labels)
  await tx.listVersion.create({ data: { listKind: kind.kind, listId: list.id, version, byUserId: userId, snapshot: toJson({ source, data }) } })
  await audit(tx, {
    actorUserId: userId, orgId, action: `${kind.kind}_list.${source}`, entity: kind.kind === 'supply' ? 'SupplyList' : 'DemandList', entityId: list.id,
    diff: toJson({ version, changes }),
  })
  return version
}

/** A list of thousands of rows takes longer than Prisma's 5 s default to write; it is still one transaction. */
const LIST_WRITE_TX = { timeout: 120_000, maxWait: 10_000 }

export async function submit(c: C, kind: ListKind) {
  const caller = await callerOrg(c, kind.orgKind)
  requirePublishable(caller)
  const db = c.var.db
  const list = await findList(db, kind.kind, caller.org.id)
  if (!list) throw new AppError('VALIDATION_FAILED', { userMessage: '清单还没有填写内容', issues: kind.missing({}).map((m) => ({ path: 'missingSections', message: `尚未填写：${m}` })) })
  const data = validate(kind, caller, asDraft(list.draft))
  const result = await db.$transaction(async (tx) => {
    await materialize(tx, kind, caller.org.id, list.id, data)
    const version = await recordVersion(tx, kind, caller.org.id, list, caller.user.id, data, 'submit')
    const unit = asDraft(data[kind.unitKey] as Prisma.JsonValue)
    await tx.organization.update({
      where: { id: caller.org.id },
      data: {
        contactName: String(unit.contactName), contactPhone: String(unit.contactPhone),
        contactTitle: (unit.contactTitle as string | undefined) ?? null, contactEmail: (unit.contactEmail as string | undefined) ?? null,
        ...(kind.kind === 'demand' ? { nature: unit.nature as 'private' } : {}),
      },
    })
    const now = new Date()
    const filledAt = typeof data.filledAt === 'string' ? new Date(`${data.filledAt}T00:00:00Z`) : now
    return updateList(tx, kind.kind, list.id, {
      status: 'submitted', version, submittedAt: now, filledBy: String(data.filledBy), filledByPhone: String(data.filledByPhone), filledAt,
      ...(kind.kind === 'supply' ? { year: Number(data.year) } : {}),
    })
  }, LIST_WRITE_TX)
  return { id: result.id, status: result.status, version: result.version, submittedAt: result.submittedAt!.toISOString() }
}

/**
 * Replaces the draft with an imported list in the caller's transaction and records a version; the
 * same content twice (by contentHash) writes nothing.
 */
export async function replaceDraft(tx: Tx, kind: ListKind, orgId: string, userId: string, data: Draft, hash: string) {
  const list = await ensureList(tx, kind.kind, orgId)
  if (list.importHash === hash) return { unchanged: true, version: list.version }
  const version = await recordVersion(tx, kind, orgId, list, userId, data, 'import')
  await updateList(tx, kind.kind, list.id, { draft: toJson(data), importHash: hash, version })
  return { unchanged: false, version }
}

export async function versions(c: C, kind: ListKind) {
  const caller = await callerOrg(c, kind.orgKind)
  const list = await findList(c.var.db, kind.kind, caller.org.id)
  if (!list) return { items: [] }
  const rows = await c.var.db.listVersion.findMany({ where: { listKind: kind.kind, listId: list.id }, orderBy: { version: 'asc' } })
  const users = new Map(
    (await c.var.db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.byUserId))] } }, select: { id: true, displayName: true } })).map((u) => [u.id, u.displayName]),
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
