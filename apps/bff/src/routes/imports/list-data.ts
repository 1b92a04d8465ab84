import type { Prisma } from '@zhilian/db'
import { beijingYear } from '../../lib/beijing-time'
import { asDraft, type Draft, type ListKind } from '../../lists/list-kinds'
import { findList } from '../../lists/list-store'
import { submittedVersion } from '../../lists/list-workflow'

type Tx = Prisma.TransactionClient
type OrgBasics = { id: string; name: string; uscc: string; nature: string | null; contactName: string; contactPhone: string; contactTitle: string | null; contactEmail: string | null }

const EMPTY_ROWS: Record<ListKind['kind'], string[]> = {
  supply: ['majors', 'enrolments', 'cohorts', 'faculty', 'equipment', 'researchProjects', 'ip', 'trainingCourses', 'cases'],
  demand: ['labelIds', 'jobs', 'trainingNeeds', 'challenges', 'resourceRequests', 'cooperationModes'],
}

/**
 * The list as it stands, for a template or an export: the draft when it is complete and valid, else
 * the last recorded version; `null` when neither exists.
 */
export async function currentListData(db: Tx, kind: ListKind, orgId: string): Promise<Draft | null> {
  const list = await findList(db, kind.kind, orgId)
  if (!list) return null
  const draft = kind.full.safeParse(asDraft(list.draft))
  if (draft.success) return draft.data
  const last = await db.listVersion.findFirst({ where: { listKind: kind.kind, listId: list.id }, orderBy: { version: 'desc' }, select: { snapshot: true } })
  return last ? asDraft(asDraft(last.snapshot).data as Prisma.JsonValue) : null
}

/**
 * The list as the unit last submitted it, for an administrator's export of one unit (decision 097): what was put
 * before reviewers, approved or not; `null` when nothing was ever submitted. The draft is the unit's own: an
 * administrator reads it neither complete nor half typed, as the review queue never shows it.
 */
export async function submittedListData(db: Tx, kind: ListKind, orgId: string): Promise<Draft | null> {
  const list = await findList(db, kind.kind, orgId)
  if (!list) return null
  return (await submittedVersion(db, kind, list.id))?.data ?? null
}

/** What a template is prefilled with: the unit's registered details under whatever has been typed. */
export async function prefillFor(db: Tx, kind: ListKind, org: OrgBasics): Promise<{ full: Draft | null; partial: Draft }> {
  const list = await findList(db, kind.kind, org.id)
  const draft = asDraft(list?.draft)
  const unit = {
    name: org.name, uscc: org.uscc, contactName: org.contactName, contactPhone: org.contactPhone,
    ...(org.contactTitle ? { contactTitle: org.contactTitle } : {}), ...(org.contactEmail ? { contactEmail: org.contactEmail } : {}),
    ...(kind.kind === 'demand' && org.nature ? { nature: org.nature } : {}),
  }
  const rows = Object.fromEntries(EMPTY_ROWS[kind.kind].map((k) => [k, []]))
  const partial: Draft = {
    ...(kind.kind === 'supply' ? { year: beijingYear() } : {}),
    ...rows,
    ...draft,
    [kind.unitKey]: { ...unit, ...asDraft(draft[kind.unitKey] as Prisma.JsonValue) },
  }
  return { full: await currentListData(db, kind, org.id), partial }
}

/**
 * The version of the list that counts publicly (its approved one, analytics/counted.ts), for the
 * administrators' per-chain export; `null` when no version was approved. Drafts never appear.
 */
export async function approvedListData(db: Tx, kind: ListKind, orgId: string): Promise<Draft | null> {
  const list = kind.kind === 'supply'
    ? await db.supplyList.findFirst({ where: { collegeId: orgId, approvedVersion: { not: null } }, orderBy: { year: 'desc' }, select: { id: true, approvedVersion: true } })
    : await db.demandList.findFirst({ where: { orgId, approvedVersion: { not: null } }, select: { id: true, approvedVersion: true } })
  if (!list?.approvedVersion) return null
  const row = await db.listVersion.findUnique({ where: { listKind_listId_version: { listKind: kind.kind, listId: list.id, version: list.approvedVersion } }, select: { snapshot: true } })
  return row ? asDraft(asDraft(row.snapshot).data as Prisma.JsonValue) : null
}

/** Units whose counted list serves the chain: a college by the chains its approved rows name; an enterprise by its registered chains. */
export async function unitsOfChain(db: Tx, kind: ListKind, chainId: string): Promise<{ id: string; name: string }[]> {
  const served = { some: { chainId } }
  const where = kind.kind === 'supply'
    ? {
      kind: 'college' as const, verification: 'verified' as const,
      supplyLists: { some: { approvedVersion: { not: null }, OR: [{ majors: { some: { chains: served } } }, { equipment: { some: { chains: served } } }, { trainingCourses: { some: { chains: served } } }, { researchProjects: { some: { chains: served } } }] } },
    }
    : { kind: 'enterprise' as const, verification: 'verified' as const, chains: served, demandList: { approvedVersion: { not: null } } }
  return db.organization.findMany({ where, orderBy: { name: 'asc' }, select: { id: true, name: true } })
}
