/**
 * The major catalogue in the database follows packages/shared/data/majors.csv (the source of truth).
 * `syncMajors` inserts new majors, updates changed ones, and marks majors that are no longer in the
 * file `retired` (never deletes: supply lists, jobs and students keep pointing at them). A major that
 * comes back is restored. Every change is written to AuditLog (one summary row for a first load).
 * Idempotent: a second run with the same file changes nothing and writes no audit row.
 */
import { reference, type MajorRef } from '@zhilian/shared/reference'
import type { PrismaClient } from '../../generated/client/client'

type Row = Pick<MajorRef, 'code' | 'name' | 'level' | 'categoryCode' | 'category' | 'classCode' | 'className' | 'catalogue' | 'yearAdded' | 'status' | 'replacedBy' | 'basis'>
const FIELDS = ['name', 'level', 'categoryCode', 'category', 'classCode', 'className', 'catalogue', 'yearAdded', 'status', 'replacedBy', 'basis'] as const

export interface MajorSyncResult { inserted: number; updated: number; retired: number; restored: number; unchanged: number }

const toRow = (m: MajorRef): Row => ({
  code: m.code, name: m.name, level: m.level, categoryCode: m.categoryCode, category: m.category, classCode: m.classCode,
  className: m.className, catalogue: m.catalogue, yearAdded: m.yearAdded, status: m.status, replacedBy: m.replacedBy, basis: m.basis,
})

export async function syncMajors(prisma: PrismaClient, catalogue: readonly MajorRef[] = reference().majors, now = new Date()): Promise<MajorSyncResult> {
  const wanted = new Map(catalogue.map((m) => [m.code, toRow(m)]))
  const existing = await prisma.major.findMany({ select: { code: true, status: true, ...Object.fromEntries(FIELDS.map((f) => [f, true])) } })
  const result: MajorSyncResult = { inserted: 0, updated: 0, retired: 0, restored: 0, unchanged: 0 }
  const have = new Set(existing.map((m) => m.code))
  const fresh = [...wanted.values()].filter((m) => !have.has(m.code))
  const audits: { action: string; entity: string; entityId: string; diff: object }[] = []

  if (fresh.length) {
    await prisma.major.createMany({ data: fresh, skipDuplicates: true })
    result.inserted = fresh.length
    // A first load is one summary row; later additions (a new 增补) get a row per major.
    if (!existing.length) audits.push({ action: 'major.catalogue.load', entity: 'Major', entityId: 'catalogue', diff: { count: fresh.length } })
    else for (const m of fresh) audits.push({ action: 'major.catalogue.insert', entity: 'Major', entityId: m.code, diff: { name: m.name, level: m.level, yearAdded: m.yearAdded } })
  }
  for (const before of existing) {
    const after = wanted.get(before.code)
    if (!after) {
      if (before.status === 'retired') { result.unchanged++; continue }
      await prisma.major.update({ where: { code: before.code }, data: { status: 'retired', retiredAt: now } })
      result.retired++
      audits.push({ action: 'major.catalogue.retire', entity: 'Major', entityId: before.code, diff: { status: [before.status, 'retired'] } })
      continue
    }
    const changed = FIELDS.filter((f) => (before as Record<string, unknown>)[f] !== after[f])
    if (!changed.length) { result.unchanged++; continue }
    const restored = before.status === 'retired'
    await prisma.major.update({ where: { code: before.code }, data: { ...after, retiredAt: null } })
    if (restored) result.restored++
    else result.updated++
    audits.push({
      action: restored ? 'major.catalogue.restore' : 'major.catalogue.update', entity: 'Major', entityId: before.code,
      diff: Object.fromEntries(changed.map((f) => [f, [(before as Record<string, unknown>)[f], after[f]]])),
    })
  }
  if (audits.length) await prisma.auditLog.createMany({ data: audits.map((a) => ({ ...a, at: now })) })
  return result
}
