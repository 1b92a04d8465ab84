import type { Prisma } from '@zhilian/db'
import { AppError } from '@zhilian/shared'
import type { DemandListInput, JobInput } from '@zhilian/shared/contracts/demand-list'
import { requireKnownCities, requireKnownMajors } from '../supply-lists/reference-check'

type Tx = Prisma.TransactionClient
const day = (d: string | undefined) => (d ? new Date(`${d}T00:00:00Z`) : null)
const LIVE_JOB = ['draft', 'pending_review', 'open', 'paused'] as const

function jobData(j: JobInput) {
  const { majorCodes: _m, skills: _s, ...fields } = j
  return { ...fields, status: 'pending_review' as const, publishedAt: null }
}

/**
 * Writes a validated 附件2. Jobs are matched to the enterprise's existing jobs by title so their
 * applications survive; every listed job goes (back) to review; live jobs no longer listed close.
 */
export async function materializeDemand(tx: Tx, orgId: string, listId: string, v: DemandListInput): Promise<void> {
  await requireKnownMajors(tx, v.jobs.flatMap((j, i) => j.majorCodes.map((code, k) => [`jobs.${i}.majorCodes.${k}`, code] as const)))
  await requireKnownCities(tx, v.jobs.map((j, i) => [`jobs.${i}.cityCode`, j.cityCode] as const))
  const labels = new Set((await tx.enterpriseLabel.findMany({ select: { id: true } })).map((l) => l.id))
  const badLabels = v.labelIds.flatMap((id, i) => (labels.has(id) ? [] : [{ path: `labelIds.${i}`, message: '企业称号不存在' }]))
  if (badLabels.length) throw new AppError('VALIDATION_FAILED', { issues: badLabels })

  const chain = await tx.orgChain.findFirst({ where: { orgId }, select: { chainId: true } })
  const chainId = chain?.chainId ?? null

  await tx.orgLabel.deleteMany({ where: { orgId, labelId: { notIn: v.labelIds } } })
  await tx.orgLabel.createMany({ data: v.labelIds.map((labelId) => ({ orgId, labelId })), skipDuplicates: true })
  await tx.demandList.update({ where: { id: listId }, data: { cooperationModes: v.cooperationModes, cooperationNote: v.cooperationNote ?? null } })

  await tx.trainingNeed.deleteMany({ where: { listId } })
  await tx.trainingNeed.createMany({ data: v.trainingNeeds.map((t) => ({ listId, ...t, chainId })) })
  await tx.resourceRequest.deleteMany({ where: { listId } })
  await tx.resourceRequest.createMany({ data: v.resourceRequests.map((r) => ({ listId, ...r })) })
  // Challenges may already have colleges answering them: match by title, close the rest.
  const challenges = new Map((await tx.techChallenge.findMany({ where: { listId }, select: { id: true, title: true } })).map((t) => [t.title, t.id]))
  for (const ch of v.challenges) {
    const data = { ...ch, deadline: day(ch.deadline), budgetWan: ch.budgetWan ?? null, chainId }
    const id = challenges.get(ch.title)
    if (id) await tx.techChallenge.update({ where: { id }, data })
    else await tx.techChallenge.create({ data: { listId, ...data } })
  }
  await tx.techChallenge.updateMany({ where: { listId, title: { notIn: v.challenges.map((c) => c.title) }, status: 'open' }, data: { status: 'closed' } })

  // A list may carry thousands of jobs (the Excel import takes 10,000): write children and new
  // jobs in bulk statements, not a round trip per row, so one submit stays one short transaction.
  const existing = new Map((await tx.job.findMany({ where: { orgId }, select: { id: true, title: true } })).map((j) => [j.title, j.id]))
  const kept = v.jobs.flatMap((j) => (existing.has(j.title) ? [existing.get(j.title)!] : []))
  await tx.jobSkill.deleteMany({ where: { jobId: { in: kept } } })
  await tx.jobMajor.deleteMany({ where: { jobId: { in: kept } } })
  for (const j of v.jobs) {
    const id = existing.get(j.title)
    if (id) await tx.job.update({ where: { id }, data: { ...jobData(j), chainId } })
  }
  const created = await tx.job.createManyAndReturn({
    data: v.jobs.filter((j) => !existing.has(j.title)).map((j) => ({ orgId, ...jobData(j), chainId })),
    select: { id: true, title: true },
  })
  const ids = new Map([...existing, ...created.map((j) => [j.title, j.id] as const)])
  await tx.jobSkill.createMany({ data: v.jobs.flatMap((j) => j.skills.map((skill) => ({ jobId: ids.get(j.title)!, ...skill }))) })
  await tx.jobMajor.createMany({ data: v.jobs.flatMap((j) => j.majorCodes.map((majorCode) => ({ jobId: ids.get(j.title)!, majorCode }))) })
  await tx.job.updateMany({ where: { orgId, title: { notIn: v.jobs.map((j) => j.title) }, status: { in: [...LIVE_JOB] } }, data: { status: 'closed' } })
}
