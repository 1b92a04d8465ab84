import { randomUUID } from 'node:crypto'
import type { Prisma } from '@zhilian/db'
import type { SupplyListInput } from '@zhilian/shared/contracts/supply-list'
import { buildChainMajorMap, fillChainIds } from '@zhilian/shared/rules/chain-majors'
import { requireKnownChains, requireKnownMajors } from './reference-check'

type Tx = Prisma.TransactionClient
const day = (d: string | undefined) => (d ? new Date(`${d}T00:00:00Z`) : null)
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

/**
 * Writes an approved 附件1 version into its tables, replacing the previous version's rows: what the new
 * version no longer lists is gone. Equipment and training courses that stay (same name+model, same title)
 * keep their ids, so bookings and student enrolments made against them survive.
 */
export async function materializeSupply(tx: Tx, listId: string, v: SupplyListInput): Promise<void> {
  const where = { listId }
  await Promise.all([
    tx.majorOffering.deleteMany({ where }), tx.enrolment.deleteMany({ where }), tx.graduateCohort.deleteMany({ where }),
    tx.faculty.deleteMany({ where }), tx.researchProject.deleteMany({ where }), tx.intellectualProperty.deleteMany({ where }),
    tx.caseStudy.deleteMany({ where }),
  ])
  // Ids made here, so the chain rows can be written in bulk beside their rows.
  const majorIds = v.majors.map(() => randomUUID())
  await tx.majorOffering.createMany({ data: v.majors.map((m, i) => ({ id: majorIds[i], listId, majorCode: m.majorCode })) })
  await tx.majorOfferingChain.createMany({ data: v.majors.flatMap((m, i) => chainsOf(m).map((chainId) => ({ offeringId: majorIds[i]!, chainId }))) })
  await tx.enrolment.createMany({ data: v.enrolments.map((e) => ({ listId, ...e })) })
  for (const { destinations, ...cohort } of v.cohorts) {
    await tx.graduateCohort.create({ data: { listId, ...cohort, destinations: { create: destinations } } })
  }
  await tx.faculty.createMany({ data: v.faculty.map((f) => ({ listId, ...f })) })
  const projectIds = v.researchProjects.map(() => randomUUID())
  await tx.researchProject.createMany({ data: v.researchProjects.map(({ chainIds: _c, ...p }, i) => ({ id: projectIds[i], listId, ...p })) })
  await tx.researchProjectChain.createMany({ data: v.researchProjects.flatMap((p, i) => chainsOf(p).map((chainId) => ({ projectId: projectIds[i]!, chainId }))) })
  await tx.intellectualProperty.createMany({ data: v.ip.map((p) => ({ listId, ...p })) })
  await tx.caseStudy.createMany({ data: v.cases.map((k) => ({ listId, ...k })) })
  await writeCourses(tx, listId, v.trainingCourses)
  await writeEquipment(tx, listId, v.equipment)
}

async function writeCourses(tx: Tx, listId: string, courses: SupplyListInput['trainingCourses']) {
  await tx.trainingCourse.deleteMany({ where: { listId, title: { notIn: courses.map((t) => t.title) } } })
  const ids = new Map((await tx.trainingCourse.findMany({ where: { listId }, select: { id: true, title: true } })).map((t) => [t.title, t.id]))
  for (const { chainIds: _c, ...t } of courses) {
    const data = { ...t, startDate: day(t.startDate), fee: t.fee ?? null }
    const id = ids.get(t.title)
    ids.set(t.title, id ? (await tx.trainingCourse.update({ where: { id }, data, select: { id: true } })).id : (await tx.trainingCourse.create({ data: { listId, ...data }, select: { id: true } })).id)
  }
  await tx.trainingCourseChain.deleteMany({ where: { course: { listId } } })
  await tx.trainingCourseChain.createMany({ data: courses.flatMap((t) => chainsOf(t).map((chainId) => ({ courseId: ids.get(t.title)!, chainId }))) })
}

const equipmentKey = (e: { name: string; model?: string | null }) => `${e.name}\u0000${e.model ?? ''}`

async function writeEquipment(tx: Tx, listId: string, equipment: SupplyListInput['equipment']) {
  const existing = new Map((await tx.equipment.findMany({ where: { listId }, select: { id: true, name: true, model: true } })).map((e) => [equipmentKey(e), e.id]))
  const listed = new Set(equipment.map(equipmentKey))
  // A device the new version no longer lists is gone, with its bookings (the audit log keeps the version).
  const dropped = [...existing].filter(([k]) => !listed.has(k)).map(([, id]) => id)
  if (dropped.length) await tx.equipment.deleteMany({ where: { id: { in: dropped } } })
  const ids = new Map<string, string>()
  for (const { chainIds: _c, ...e } of equipment) {
    const data = { ...e, model: e.model ?? null, openHours: e.openHours ?? null, fee: e.fee ?? null, feeNote: e.feeNote ?? null, cooperationMode: e.cooperationMode ?? null }
    const id = existing.get(equipmentKey(e))
    ids.set(equipmentKey(e), id ? (await tx.equipment.update({ where: { id }, data, select: { id: true } })).id : (await tx.equipment.create({ data: { listId, ...data }, select: { id: true } })).id)
  }
  await tx.equipmentChain.deleteMany({ where: { equipment: { listId } } })
  await tx.equipmentChain.createMany({ data: equipment.flatMap((e) => chainsOf(e).map((chainId) => ({ equipmentId: ids.get(equipmentKey(e))!, chainId }))) })
}
