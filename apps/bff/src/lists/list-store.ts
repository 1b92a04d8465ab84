import { randomUUID } from 'node:crypto'
import type { Prisma } from '@zhilian/db'
import { beijingYear } from '../lib/beijing-time'
import type { ListKindName } from './list-kinds'

type Tx = Prisma.TransactionClient

/**
 * The columns the workflow reads from SupplyList / DemandList, whichever the kind. The draft (megabytes
 * for a 10,000-row list) is read only where it is used, never returned by a write.
 */
const metaSelect = {
  id: true, status: true, version: true, approvedVersion: true, importHash: true, submittedAt: true, reviewedAt: true, reviewNote: true, updatedAt: true, draftEditedAt: true,
} as const
export const listSelect = { ...metaSelect, draft: true } as const

export type ListMeta = Prisma.SupplyListGetPayload<{ select: typeof metaSelect }>
export type ListRow = Prisma.SupplyListGetPayload<{ select: typeof listSelect }>
type ListUpdate = Partial<Pick<Prisma.SupplyListUncheckedUpdateInput, 'status' | 'version' | 'year' | 'draft' | 'importHash' | 'submittedAt' | 'draftEditedAt' | 'filledBy' | 'filledByPhone' | 'filledAt'>>

/** The college's current supply list is its latest year's; an enterprise has one demand list. */
export function findList(db: Tx, kind: ListKindName, orgId: string): Promise<ListRow | null> {
  return kind === 'supply'
    ? db.supplyList.findFirst({ where: { collegeId: orgId }, orderBy: { year: 'desc' }, select: listSelect })
    : db.demandList.findUnique({ where: { orgId }, select: listSelect })
}

export async function ensureList(db: Tx, kind: ListKindName, orgId: string): Promise<ListMeta> {
  const found = kind === 'supply'
    ? await db.supplyList.findFirst({ where: { collegeId: orgId }, orderBy: { year: 'desc' }, select: metaSelect })
    : await db.demandList.findUnique({ where: { orgId }, select: metaSelect })
  if (found) return found
  return kind === 'supply'
    ? db.supplyList.create({ data: { collegeId: orgId, year: beijingYear(), version: 0 }, select: metaSelect })
    : db.demandList.create({ data: { orgId, version: 0 }, select: metaSelect })
}

export async function draftOf(db: Tx, kind: ListKindName, id: string): Promise<Prisma.JsonValue> {
  const row = kind === 'supply'
    ? await db.supplyList.findUnique({ where: { id }, select: { draft: true } })
    : await db.demandList.findUnique({ where: { id }, select: { draft: true } })
  return row?.draft ?? null
}

export function updateList(db: Tx, kind: ListKindName, id: string, data: ListUpdate): Promise<ListMeta> {
  return kind === 'supply'
    ? db.supplyList.update({ where: { id }, data, select: metaSelect })
    : db.demandList.update({ where: { id }, data: data as Prisma.DemandListUncheckedUpdateInput, select: metaSelect })
}

/**
 * A submission clears the 「有未提交的修改」 stamp only if it is still the one the submission read with the draft it
 * submitted: a section saved in between (a newer stamp) stays marked, since its edit is not in the submitted version.
 */
export async function clearDraftEdited(db: Tx, kind: ListKindName, id: string, read: Date | null): Promise<void> {
  const where = { id, draftEditedAt: read }
  if (kind === 'supply') await db.supplyList.updateMany({ where, data: { draftEditedAt: null } })
  else await db.demandList.updateMany({ where, data: { draftEditedAt: null } })
}

/**
 * The next number in the list's version history (submissions and imports both count). Versions are
 * append-only: never below the list's own number, so a version is never recorded twice.
 */
export async function nextVersion(db: Tx, kind: ListKindName, list: { id: string; version: number }): Promise<number> {
  const last = await db.listVersion.findFirst({ where: { listKind: kind, listId: list.id }, orderBy: { version: 'desc' }, select: { version: true } })
  return Math.max(last?.version ?? 0, list.version) + 1
}

const TABLE: Record<ListKindName, string> = { supply: '"SupplyList"', demand: '"DemandList"' }

/**
 * Appends a version to the list's history; given `draft`, the same JSON also becomes the list's draft
 * (an import, which leaves the draft unsubmitted: `draftEditedAt`). A 10,000-row list is megabytes of JSON: it is serialised once and sent as one parameter,
 * written by one statement, rather than deep-copied and sent for the version and again for the draft
 * (decision 032).
 */
export async function insertVersion(
  db: Tx, kind: ListKindName, listId: string, version: number, byUserId: string, source: 'submit' | 'import', data: unknown, draft?: { importHash: string },
): Promise<void> {
  const json = JSON.stringify(data ?? null)
  const insert = `INSERT INTO "ListVersion" (id, "listKind", "listId", version, snapshot, "byUserId", at)
    SELECT $1::text, $2::text::"ListKind", $3::text, $4::int, jsonb_build_object('source', $5::text, 'data', $6::jsonb), $7::text, now() AT TIME ZONE 'UTC'`
  if (!draft) {
    await db.$executeRawUnsafe(insert, randomUUID(), kind, listId, version, source, json, byUserId)
    return
  }
  await db.$executeRawUnsafe(
    `WITH v AS (${insert} RETURNING 1)
     UPDATE ${TABLE[kind]} SET draft = $6::jsonb, "importHash" = $8::text, version = $4::int, "updatedAt" = now() AT TIME ZONE 'UTC',
       "draftEditedAt" = now() AT TIME ZONE 'UTC' WHERE id = $3::text`,
    randomUUID(), kind, listId, version, source, json, byUserId, draft.importHash,
  )
}
