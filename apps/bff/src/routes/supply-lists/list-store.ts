import type { Prisma } from '@zhilian/db'
import { beijingYear } from '../../lib/beijing-time'
import type { ListKindName } from './list-kinds'

type Tx = Prisma.TransactionClient

/** The columns the workflow reads from SupplyList / DemandList, whichever the kind. */
export const listSelect = {
  id: true, status: true, version: true, approvedVersion: true, draft: true, importHash: true, submittedAt: true, reviewedAt: true, reviewNote: true, updatedAt: true,
} as const

export type ListRow = Prisma.SupplyListGetPayload<{ select: typeof listSelect }>
type ListUpdate = Partial<Pick<Prisma.SupplyListUncheckedUpdateInput, 'status' | 'version' | 'year' | 'draft' | 'importHash' | 'submittedAt' | 'filledBy' | 'filledByPhone' | 'filledAt'>>

/** The college's current supply list is its latest year's; an enterprise has one demand list. */
export function findList(db: Tx, kind: ListKindName, orgId: string): Promise<ListRow | null> {
  return kind === 'supply'
    ? db.supplyList.findFirst({ where: { collegeId: orgId }, orderBy: { year: 'desc' }, select: listSelect })
    : db.demandList.findUnique({ where: { orgId }, select: listSelect })
}

export async function ensureList(db: Tx, kind: ListKindName, orgId: string): Promise<ListRow> {
  const found = await findList(db, kind, orgId)
  if (found) return found
  return kind === 'supply'
    ? db.supplyList.create({ data: { collegeId: orgId, year: beijingYear(), version: 0 }, select: listSelect })
    : db.demandList.create({ data: { orgId, version: 0 }, select: listSelect })
}

export function updateList(db: Tx, kind: ListKindName, id: string, data: ListUpdate): Promise<ListRow> {
  return kind === 'supply'
    ? db.supplyList.update({ where: { id }, data, select: listSelect })
    : db.demandList.update({ where: { id }, data: data as Prisma.DemandListUncheckedUpdateInput, select: listSelect })
}

/**
 * The next number in the list's version history (submissions and imports both count). Versions are
 * append-only: never below the list's own number, so a version is never recorded twice.
 */
export async function nextVersion(db: Tx, kind: ListKindName, list: { id: string; version: number }): Promise<number> {
  const last = await db.listVersion.findFirst({ where: { listKind: kind, listId: list.id }, orderBy: { version: 'desc' }, select: { version: true } })
  return Math.max(last?.version ?? 0, list.version) + 1
}
