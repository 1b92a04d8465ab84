import type { Prisma } from '@zhilian/db'
import { AppError, materialChanges, REVIEWED_JOB_STATUSES, type JobStatus } from '@zhilian/shared'
import { JobInput } from '@zhilian/shared/contracts/demand-list'
import type { z } from 'zod'
import { audit } from '../../lib/audit'
import { currentUser } from '../../lib/auth'
import { validationError } from '../../lib/problem'
import type { Context } from 'hono'
import type { AppBindings, AppRouteHandler } from '../../lib/types'
import { afterDated, datedKey, keysetPage, pageTake } from '../../lib/paging'
import { applicationCounts, enterpriseJobSelect, loadEnterpriseJob, toEnterpriseJob } from '../../jobs/enterprise-job.view'
import type * as routes from './enterprise-jobs.routes'
import { jobReferenceIssues } from './job-refs'
import { reviewGate } from './review-gate'
import { ownJob, postingOrg } from '../../jobs/enterprise-job-scope'

type Status = z.infer<typeof JobStatus.schema>

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const user = currentUser(c)
  if (user.orgIds.length === 0) throw new AppError('NOT_VERIFIED', { internal: 'no verified organisation' })
  const { cursor, limit, status } = c.req.valid('query')
  const rows = await c.var.db.job.findMany({
    where: { orgId: { in: user.orgIds }, ...(status ? { status } : {}), ...afterDated('updatedAt', 'desc', cursor) },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: pageTake(limit),
    select: enterpriseJobSelect,
  })
  const { items: page, nextCursor } = keysetPage(rows, limit, (r) => datedKey(r.updatedAt, r.id))
  const counts = await applicationCounts(c.var.db, page.map((r) => r.id))
  return c.json({ items: page.map((r) => toEnterpriseJob(r, counts.get(r.id))), nextCursor }, 200)
}

export const create: AppRouteHandler<typeof routes.create> = async (c) => {
  const user = currentUser(c)
  const { orgId: requestedOrg, publish, chainId, majorCodes, skills, ...fields } = c.req.valid('json')
  const orgId = postingOrg(c, requestedOrg)
  const issues = await jobReferenceIssues(c.var.db, { cityCode: fields.cityCode, chainId, majorCodes })
  if (issues.length) throw new AppError('VALIDATION_FAILED', { issues })
  const id = await c.var.db.$transaction(async (tx) => {
    // Publishing asks the review gate: the queue, or at once for a trusted poster's ordinary post.
    const gate = publish ? await reviewGate(tx, { ...fields, orgId, chainId: chainId ?? null }) : undefined
    const status = gate?.status ?? 'draft'
    const job = await tx.job.create({
      data: {
        ...fields,
        orgId,
        chainId: chainId ?? null,
        status,
        publishedAt: status === 'open' ? new Date() : null,
        skills: { create: skills },
        majors: { create: majorCodes.map((majorCode) => ({ majorCode })) },
      },
      select: { id: true },
    })
    await audit(tx, {
      actorUserId: user.id, orgId, action: 'job.created', entity: 'Job', entityId: job.id,
      diff: { title: fields.title, publish, status, signals: gate?.signals.map((g) => g.code) ?? [] },
    })
    return job.id
  })
  return c.json(await loadEnterpriseJob(c.var.db, id), 201)
}

export const get: AppRouteHandler<typeof routes.get> = async (c) => {
  const { id } = c.req.valid('param')
  await ownJob(c, id, 'view')
  return c.json(await loadEnterpriseJob(c.var.db, id), 200)
}

/** After a head-count change: a full job reopens when seats come back, an open one fills when none are left. */
function statusAfterHeadcount(status: Status, headcount: number, hired: number): Status {
  if (status === 'filled' && hired < headcount) return 'open'
  if (status === 'open' && hired >= headcount) return 'filled'
  return status
}

export const patch: AppRouteHandler<typeof routes.patch> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const changes = c.req.valid('json')
  const job = await ownJob(c, id)
  if (job.status === 'closed') throw new AppError('INVALID_TRANSITION', { userMessage: '已关闭的岗位不能修改，可复制后重新发布' })
  const current = { ...job, majorCodes: job.majors.map((m) => m.majorCode) }
  const merged = JobInput.safeParse({
    title: changes.title ?? current.title,
    type: changes.type ?? current.type,
    headcount: changes.headcount ?? current.headcount,
    education: changes.education ?? current.education,
    minYearsExperience: changes.minYearsExperience ?? current.minYearsExperience,
    cityCode: changes.cityCode ?? current.cityCode,
    salaryMin: changes.salaryMin ?? current.salaryMin,
    salaryMax: changes.salaryMax ?? current.salaryMax,
    description: changes.description ?? current.description,
    majorCodes: changes.majorCodes ?? current.majorCodes,
    skills: changes.skills ?? current.skills,
  })
  if (!merged.success) throw validationError(merged.error)
  const next = merged.data
  if (next.headcount < job.hiredCount) {
    throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'headcount', message: `需求人数不能少于已录用的${job.hiredCount}人` }] })
  }
  const chainId = changes.chainId === undefined ? job.chainId : changes.chainId
  const issues = await jobReferenceIssues(c.var.db, { cityCode: next.cityCode, chainId, majorCodes: next.majorCodes })
  if (issues.length) throw new AppError('VALIDATION_FAILED', { issues })
  const { majorCodes, skills, ...columns } = next
  // A material edit of a job the public sees (or saw) is a new post: it goes back through the review gate.
  const material = materialChanges({ ...current, chainId: job.chainId }, { ...changes })
  const reviewed = (REVIEWED_JOB_STATUSES as readonly string[]).includes(job.status)
  await c.var.db.$transaction(async (tx) => {
    const gate = material.length && reviewed ? await reviewGate(tx, { ...columns, orgId: job.orgId, chainId }) : undefined
    const status = gate?.status === 'pending_review' ? 'pending_review' : statusAfterHeadcount(job.status, next.headcount, job.hiredCount)
    const data: Prisma.JobUncheckedUpdateInput = { ...columns, chainId, status }
    if (changes.skills) data.skills = { deleteMany: {}, create: skills }
    if (changes.majorCodes) data.majors = { deleteMany: {}, create: majorCodes.map((majorCode) => ({ majorCode })) }
    await tx.job.update({ where: { id }, data, select: { id: true } })
    await audit(tx, {
      actorUserId: user.id, orgId: job.orgId, action: 'job.updated', entity: 'Job', entityId: id,
      diff: { changed: Object.keys(changes), material, status: { from: job.status, to: status }, signals: gate?.signals.map((g) => g.code) ?? [] },
    })
  })
  return c.json(await loadEnterpriseJob(c.var.db, id), 200)
}

const MOVES = {
  pause: { from: ['open'], to: 'paused', refusal: '只有招聘中的岗位可以暂停' },
  // A draft (new, or returned by a reviewer) goes through the review gate; a paused job was reviewed already.
  resume: { from: ['paused', 'draft'], to: 'open', refusal: '只有草稿或已暂停的岗位可以发布' },
  close: { from: ['draft', 'pending_review', 'open', 'paused', 'filled'], to: 'closed', refusal: '该岗位已关闭' },
} as const satisfies Record<string, { from: readonly Status[]; to: Status; refusal: string }>

async function moveJob(c: Context<AppBindings>, id: string, action: keyof typeof MOVES) {
  const user = currentUser(c)
  const move = MOVES[action]
  const job = await ownJob(c, id)
  if (action === 'resume' && job.hiredCount >= job.headcount) {
    throw new AppError('INVALID_TRANSITION', { userMessage: '该岗位已招满，请先增加需求人数' })
  }
  await c.var.db.$transaction(async (tx) => {
    const gate = action === 'resume' && job.status === 'draft' ? await reviewGate(tx, job) : undefined
    const to: Status = gate?.status ?? move.to
    // Conditional on the status read above, so two taps (or two staff) cannot both move it.
    const moved = await tx.job.updateMany({
      where: { id, status: { in: gate ? ['draft'] : [...move.from] } },
      data: { status: to, ...(to === 'open' && !job.publishedAt ? { publishedAt: new Date() } : {}) },
    })
    if (moved.count === 0) throw new AppError('INVALID_TRANSITION', { userMessage: move.refusal, internal: `job ${id} is ${job.status}` })
    await audit(tx, {
      actorUserId: user.id, orgId: job.orgId, action: `job.${action}`, entity: 'Job', entityId: id,
      diff: { status: { from: job.status, to }, ...(gate ? { signals: gate.signals.map((g) => g.code) } : {}) },
    })
  })
  return loadEnterpriseJob(c.var.db, id)
}

// One handler per route, each typed by its own route: a handler typed by another route gives that route's path to
// `AppType`, and close and resume once vanished from the client's routes that way.
export const pause: AppRouteHandler<typeof routes.pause> = async (c) => c.json(await moveJob(c, c.req.valid('param').id, 'pause'), 200)
export const resume: AppRouteHandler<typeof routes.resume> = async (c) => c.json(await moveJob(c, c.req.valid('param').id, 'resume'), 200)
export const close: AppRouteHandler<typeof routes.close> = async (c) => c.json(await moveJob(c, c.req.valid('param').id, 'close'), 200)

export const duplicate: AppRouteHandler<typeof routes.duplicate> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const job = await ownJob(c, id)
  const copyId = await c.var.db.$transaction(async (tx) => {
    const copy = await tx.job.create({
      data: {
        orgId: job.orgId, title: job.title, type: job.type, headcount: job.headcount, education: job.education,
        minYearsExperience: job.minYearsExperience, cityCode: job.cityCode, salaryMin: job.salaryMin, salaryMax: job.salaryMax,
        chainId: job.chainId, description: job.description, status: 'draft',
        skills: { create: job.skills }, majors: { create: job.majors },
      },
      select: { id: true },
    })
    await audit(tx, { actorUserId: user.id, orgId: job.orgId, action: 'job.duplicated', entity: 'Job', entityId: copy.id, diff: { from: id } })
    return copy.id
  })
  return c.json(await loadEnterpriseJob(c.var.db, copyId), 201)
}
