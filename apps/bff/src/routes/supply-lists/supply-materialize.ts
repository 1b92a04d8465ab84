import type { Prisma } from '@zhilian/db'
import type { SupplyListInput } from '@zhilian/shared/contracts/supply-list'
import { requireKnownMajors } from './reference-check'

type Tx = Prisma.TransactionClient
const day = (d: string | undefined) => (d ? new Date(`${d}T00:00:00Z`) : null)

/**
 * Writes a validated 附件1 into its tables. Rows are replaced, except equipment, which is matched by
 * name and model so bookings made against it survive a resubmission.
 */
export async function materializeSupply(tx: Tx, orgId: string, listId: string, v: SupplyListInput): Promise<void> {
  await requireKnownMajors(tx, [
    ...v.majors.map((m, i) => [`majors.${i}.majorCode`, m.majorCode] as const),
  ])
  const where = { listId }
  await Promise.all([
    tx.majorOffering.deleteMany({ where }), tx.enrolment.deleteMany({ where }), tx.graduateCohort.deleteMany({ where }),
    tx.faculty.deleteMany({ where }), tx.researchProject.deleteMany({ where }), tx.intellectualProperty.deleteMany({ where }),
    tx.caseStudy.deleteMany({ where }),
  ])
  // Training courses may carry student enrolments; keep those whose title stays.
  await tx.trainingCourse.deleteMany({ where: { listId, title: { notIn: v.trainingCourses.map((t) => t.title) } } })
  const chain = await tx.orgChain.findFirst({ where: { orgId }, select: { chainId: true } })
  const chainId = chain?.chainId ?? null
  await tx.majorOffering.createMany({ data: v.majors.map((m) => ({ listId, majorCode: m.majorCode })) })
  await tx.enrolment.createMany({ data: v.enrolments.map((e) => ({ listId, ...e })) })
  for (const { destinations, ...cohort } of v.cohorts) {
    await tx.graduateCohort.create({ data: { listId, ...cohort, destinations: { create: destinations } } })
  }
  await tx.faculty.createMany({ data: v.faculty.map((f) => ({ listId, ...f })) })
  await tx.researchProject.createMany({ data: v.researchProjects.map((p) => ({ listId, ...p, chainId })) })
  await tx.intellectualProperty.createMany({ data: v.ip.map((p) => ({ listId, ...p })) })
  await tx.caseStudy.createMany({ data: v.cases.map((k) => ({ listId, ...k })) })
  const courses = new Map((await tx.trainingCourse.findMany({ where: { listId }, select: { id: true, title: true } })).map((t) => [t.title, t.id]))
  for (const t of v.trainingCourses) {
    const data = { ...t, startDate: day(t.startDate), fee: t.fee ?? null, chainId }
    const id = courses.get(t.title)
    if (id) await tx.trainingCourse.update({ where: { id }, data })
    else await tx.trainingCourse.create({ data: { listId, ...data } })
  }
  const key = (e: { name: string; model?: string | null }) => `${e.name}\u0000${e.model ?? ''}`
  const existing = new Map((await tx.equipment.findMany({ where: { listId }, select: { id: true, name: true, model: true } })).map((e) => [key(e), e.id]))
  const kept = new Set<string>()
  for (const e of v.equipment) {
    const data = { ...e, model: e.model ?? null, openHours: e.openHours ?? null, fee: e.fee ?? null, feeNote: e.feeNote ?? null, cooperationMode: e.cooperationMode ?? null }
    const id = existing.get(key(e))
    if (id) {
      kept.add(id)
      await tx.equipment.update({ where: { id }, data })
    } else await tx.equipment.create({ data: { listId, chainId, ...data } })
  }
  // Equipment no longer listed is closed rather than deleted: its booking history stays.
  const dropped = [...existing.values()].filter((id) => !kept.has(id))
  if (dropped.length) await tx.equipment.updateMany({ where: { id: { in: dropped } }, data: { open: false } })
}
