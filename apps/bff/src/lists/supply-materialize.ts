import { randomUUID } from 'node:crypto'
import type { Prisma } from '@zhilian/db'
import type { SupplyListInput } from '@zhilian/shared/contracts/supply-list'
import { buildChainMajorMap, fillChainIds } from '@zhilian/shared/rules/chain-majors'
import { type Columns, deleteWhereIn, insertRows, updateRows } from '../lib/bulk-rows-sql'
import { requireKnownChains, requireKnownMajors } from './reference-check'

type Tx = Prisma.TransactionClient
const CHAINED = ['majors', 'equipment', 'researchProjects', 'trainingCourses'] as const

/**
 * Before a 附件1 is recorded as a version: every major must be in the catalogue, and every row names the
 * chains it serves — entered, or filled from the chain–major map of the active chains (fillChainIds) —
 * so the version holds exactly what will count once it is approved.
 */
export async function prepareSupply(tx: Tx, v: SupplyListInput): Promise<SupplyListInput> {
  await requireKnownMajors(tx, v.majors.map((m, i) => [`majors.${i}.majorCode`, m.majorCode] as const))
  const links = await tx.chainMajor.findMany({ where: { chain: { active: true } }, select: { chainId: true, majorCode: true, relevance: true } })
  const filled = fillChainIds(v, buildChainMajorMap(links))
  await requireKnownChains(tx, CHAINED.flatMap((key) => filled[key].flatMap((row, i) => (row.chainIds ?? []).map((id, k) => [`${key}.${i}.chainIds.${k}`, id] as const))))
  return filled
}

const chainsOf = (row: { chainIds?: string[] }) => row.chainIds ?? []

/** The columns each 附件1 table takes from its rows (bulk-rows-sql.ts); a column added to one of these tables must be added here. */
const COLUMNS = {
  MajorOffering: { id: 'text', listId: 'text', majorCode: 'text' },
  Enrolment: { id: 'text', listId: 'text', majorCode: 'text', grade: 'int', count: 'int' },
  GraduateCohort: { id: 'text', listId: 'text', majorCode: 'text', year: 'int', count: 'int', employedCount: 'int' },
  GraduateDestination: { id: 'text', cohortId: 'text', type: 'enum:DestinationType', count: 'int', mainPositions: 'text[]' },
  Faculty: { id: 'text', listId: 'text', majorCode: 'text', fullTime: 'int', seniorTitleShare: 'numeric', partTimeFromIndustry: 'int', industryBackground: 'text' },
  ResearchProject: {
    id: 'text', listId: 'text', name: 'text', level: 'enum:ResearchLevel', outcomeType: 'text', commissioningUnit: 'text', amountWan: 'numeric', finished: 'boolean', year: 'int',
  },
  IntellectualProperty: { id: 'text', listId: 'text', kind: 'enum:IpKind', name: 'text', number: 'text', year: 'int' },
  CaseStudy: { id: 'text', listId: 'text', title: 'text', partner: 'text', content: 'text', outcome: 'text', year: 'int' },
  TrainingCourse: {
    id: 'text', listId: 'text', title: 'text', content: 'text', format: 'enum:DeliveryMode', periodDays: 'int', hours: 'int', yearlyCapacity: 'int',
    seatsPerSession: 'int', startDate: 'day', cityCode: 'text', fee: 'numeric',
  },
  Equipment: {
    id: 'text', listId: 'text', name: 'text', model: 'text', quantity: 'int', coreFunction: 'text', open: 'boolean', openHours: 'text', fee: 'enum:SharingFee',
    feeNote: 'text', cooperationMode: 'text',
  },
} as const satisfies Record<string, Columns>

/** The chain links of rows, by the column naming the row. */
const chainLinks = (key: string, rows: readonly { id: string; chainIds?: string[] }[]) => rows.flatMap((r) => chainsOf(r).map((chainId) => ({ [key]: r.id, chainId })))
const withIds = <R extends object>(rows: readonly R[]) => rows.map((r) => ({ ...r, id: randomUUID() }))

/**
 * Writes an approved 附件1 version into its tables, replacing the previous version's rows: what the new
 * version no longer lists is gone. Equipment and training courses that stay (same name+model, same title)
 * keep their ids, so bookings and student enrolments made against them survive. Each table takes one set
 * statement whatever the row count (decision 032), inside the approval's transaction.
 */
export async function materializeSupply(tx: Tx, listId: string, v: SupplyListInput): Promise<void> {
  const where = { listId }
  await Promise.all([
    tx.majorOffering.deleteMany({ where }), tx.enrolment.deleteMany({ where }), tx.graduateCohort.deleteMany({ where }),
    tx.faculty.deleteMany({ where }), tx.researchProject.deleteMany({ where }), tx.intellectualProperty.deleteMany({ where }),
    tx.caseStudy.deleteMany({ where }),
  ])
  const majors = withIds(v.majors.map((m) => ({ ...m, listId })))
  await insertRows(tx, 'MajorOffering', COLUMNS.MajorOffering, majors)
  await insertRows(tx, 'MajorOfferingChain', { offeringId: 'text', chainId: 'text' }, chainLinks('offeringId', majors))
  await insertRows(tx, 'Enrolment', COLUMNS.Enrolment, withIds(v.enrolments.map((e) => ({ ...e, listId }))))
  const cohorts = withIds(v.cohorts.map((c) => ({ ...c, listId })))
  await insertRows(tx, 'GraduateCohort', COLUMNS.GraduateCohort, cohorts)
  await insertRows(tx, 'GraduateDestination', COLUMNS.GraduateDestination, withIds(cohorts.flatMap((c) => c.destinations.map((d) => ({ ...d, cohortId: c.id })))))
  await insertRows(tx, 'Faculty', COLUMNS.Faculty, withIds(v.faculty.map((f) => ({ ...f, listId }))))
  const projects = withIds(v.researchProjects.map((p) => ({ ...p, listId })))
  await insertRows(tx, 'ResearchProject', COLUMNS.ResearchProject, projects)
  await insertRows(tx, 'ResearchProjectChain', { projectId: 'text', chainId: 'text' }, chainLinks('projectId', projects))
  await insertRows(tx, 'IntellectualProperty', COLUMNS.IntellectualProperty, withIds(v.ip.map((p) => ({ ...p, listId }))))
  await insertRows(tx, 'CaseStudy', COLUMNS.CaseStudy, withIds(v.cases.map((k) => ({ ...k, listId }))))
  await writeCourses(tx, listId, v.trainingCourses)
  await writeEquipment(tx, listId, v.equipment)
}

/** Rows matched to the rows already there by `key` keep their ids and are updated; the others are inserted; the rest deleted. */
async function keepIds<R extends { chainIds?: string[] }>(
  tx: Tx, table: 'TrainingCourse' | 'Equipment', link: string, listId: string, rows: readonly R[], existing: readonly { id: string; key: string }[], key: (r: R) => string,
) {
  const ids = new Map(existing.map((e) => [e.key, e.id]))
  const listed = new Set(rows.map(key))
  await deleteWhereIn(tx, table, 'id', existing.filter((e) => !listed.has(e.key)).map((e) => e.id))
  const written = rows.map((r) => ({ ...r, listId, id: ids.get(key(r)) ?? randomUUID(), kept: ids.has(key(r)) }))
  await updateRows(tx, table, COLUMNS[table], written.filter((r) => r.kept))
  await insertRows(tx, table, COLUMNS[table], written.filter((r) => !r.kept))
  const chainTable = `${table}Chain`
  await tx.$executeRawUnsafe(`DELETE FROM "${chainTable}" WHERE "${link}" IN (SELECT id FROM "${table}" WHERE "listId" = $1)`, listId)
  await insertRows(tx, chainTable, { [link]: 'text', chainId: 'text' }, chainLinks(link, written))
}

async function writeCourses(tx: Tx, listId: string, courses: SupplyListInput['trainingCourses']) {
  const existing = await tx.trainingCourse.findMany({ where: { listId }, select: { id: true, title: true } })
  await keepIds(tx, 'TrainingCourse', 'courseId', listId, courses, existing.map((t) => ({ id: t.id, key: t.title })), (t) => t.title)
}

const equipmentKey = (e: { name: string; model?: string | null }) => `${e.name}\u0000${e.model ?? ''}`

async function writeEquipment(tx: Tx, listId: string, equipment: SupplyListInput['equipment']) {
  // A device the new version no longer lists is gone, with its bookings (the audit log keeps the version).
  const existing = await tx.equipment.findMany({ where: { listId }, select: { id: true, name: true, model: true } })
  await keepIds(tx, 'Equipment', 'equipmentId', listId, equipment, existing.map((e) => ({ id: e.id, key: equipmentKey(e) })), equipmentKey)
}
