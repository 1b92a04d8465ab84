import type { Prisma } from '@zhilian/db'
import { AppError } from '@zhilian/shared'
import type { DemandListInput, JobInput } from '@zhilian/shared/contracts/demand-list'
import { requireKnownCities, requireKnownMajors } from './reference-check'
import { planJobs } from './job-plan'
import { closeJobs, insertJobs, markUnlisted, replaceJobChildren, updateJobs } from './job-rows-sql'

type Tx = Prisma.TransactionClient
const day = (d: string | undefined) => (d ? new Date(`${d}T00:00:00Z`) : null)

/** Before a 附件2 is recorded as a version: its majors, cities and titles must exist. */
export async function prepareDemand(tx: Tx, v: DemandListInput): Promise<DemandListInput> {
  await requireKnownMajors(tx, v.jobs.flatMap((j, i) => j.majorCodes.map((code, k) => [`jobs.${i}.majorCodes.${k}`, code] as const)))
  await requireKnownCities(tx, v.jobs.map((j, i) => [`jobs.${i}.cityCode`, j.cityCode] as const))
  const labels = new Set((await tx.enterpriseLabel.findMany({ select: { id: true } })).map((l) => l.id))
  const badLabels = v.labelIds.flatMap((id, i) => (labels.has(id) ? [] : [{ path: `labelIds.${i}`, message: '企业称号不存在' }]))
  if (badLabels.length) throw new AppError('VALIDATION_FAILED', { issues: badLabels })
  return v
}

/**
 * Writes an approved 附件2 version (decision 015). Its training needs, challenges and resource requests
 * replace the previous version's; its job rows are applied to the jobs that came from this list only:
 * new rows are published, changed rows update and (re)publish their job, rows the enterprise removed
 * close their job. Approving the list is the jobs' review. Jobs posted from 我的岗位 are not read or written.
 */
export async function materializeDemand(tx: Tx, orgId: string, listId: string, v: DemandListInput): Promise<void> {
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
  await applyJobs(tx, orgId, listId, chainId, v.jobs)
}

/**
 * A list may carry thousands of jobs (the Excel import takes 10,000): each step is one set statement over
 * all rows (job-rows-sql.ts), inside the approval's transaction.
 */
export async function applyJobs(tx: Tx, orgId: string, listId: string, chainId: string | null, rows: readonly JobInput[]) {
  const plan = await planJobs(tx, orgId, listId, rows)
  const now = new Date()
  const byTitle = new Map(rows.map((r) => [r.title, r]))
  const changed = plan.change.map((c) => ({ id: c.id!, row: byTitle.get(c.title)!, republish: plan.jobs.get(c.title)!.status !== 'open' }))
  await updateJobs(tx, chainId, changed, now)
  const created = await insertJobs(tx, orgId, listId, chainId, plan.add.map((a) => byTitle.get(a.title)!), now)
  const idOf = new Map([...changed.map((c) => [c.row.title, c.id] as const), ...created])
  const written = rows.flatMap((row) => (idOf.has(row.title) ? [{ jobId: idOf.get(row.title)!, row }] : []))
  await replaceJobChildren(tx, changed.map((c) => c.id), written)
  await closeJobs(tx, listId, plan.close.map((c) => c.id!), now)
  await markUnlisted(tx, listId, rows.map((r) => r.title), now)
}
