import { AppError, isPastClosing } from '@zhilian/shared'
import { isUniqueViolation } from '../../lib/unique-violation'
import { consentSentence, type ConsentRecord } from '@zhilian/shared/contracts/applications'
import { profileCompleteness } from '@zhilian/shared/contracts/profile'
import { audit } from '../../lib/audit'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import { afterDated, datedKey, keysetPage, pageTake } from '../../lib/paging'
import type * as routes from './applications.routes'
import { myApplicationSelect, toMyApplication } from './my-application'
import { moveApplication, pipelineSelect } from '../../applications/pipeline'

const duplicate = () => new AppError('DUPLICATE', { userMessage: '您已投递过该岗位，可在“我的投递”中查看进度' })

export const apply: AppRouteHandler<typeof routes.apply> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const { consent, coverNote } = c.req.valid('json')
  const db = c.var.db

  const job = await db.job.findFirst({
    where: { id, status: { in: ['open', 'closed'] } },
    select: { id: true, status: true, title: true, orgId: true, headcount: true, hiredCount: true, closesAt: true, org: { select: { name: true } } },
  })
  // A job the expiry sweep closed, or whose date passed since the last sweep, answers with its date (decision 051).
  const expired = !!job && isPastClosing(job.closesAt)
  if (!job || (job.status !== 'open' && !expired)) throw new AppError('NOT_FOUND', { userMessage: '该岗位不存在或已停止招聘' })
  if (expired) throw new AppError('INVALID_TRANSITION', { userMessage: '该岗位已过投递截止日期，不能再投递' })
  if (job.hiredCount >= job.headcount) throw new AppError('CAPACITY_FULL', { userMessage: '该岗位已招满' })
  if (consent.recipientOrgId !== job.orgId) {
    const message = `授权接收方必须是该岗位的招聘企业「${job.org.name}」`
    throw new AppError('VALIDATION_FAILED', { userMessage: message, issues: [{ path: 'consent.recipientOrgId', message }] })
  }

  const profile = await db.studentProfile.findUnique({ where: { userId: user.id } })
  const completeness = profileCompleteness(profile)
  if (!completeness.complete) {
    throw new AppError('CONFLICT', {
      userMessage: `请先完善简历再投递，还缺：${completeness.missingRequired.join('、')}`,
      issues: completeness.missingRequired.map((field) => ({ path: 'profile', message: `请填写${field}` })),
      internal: 'profile incomplete',
    })
  }
  if (await db.application.findUnique({ where: { studentUserId_jobId: { studentUserId: user.id, jobId: id } }, select: { id: true } })) {
    throw duplicate()
  }

  const record: ConsentRecord = {
    v: 1,
    text: consentSentence(job.org.name, consent.purpose, consent.fields),
    recipientOrgId: job.orgId,
    recipientName: job.org.name,
    purpose: consent.purpose,
    fields: consent.fields,
  }
  try {
    const created = await db.$transaction(async (tx) => {
      const application = await tx.application.create({
        data: { studentUserId: user.id, jobId: id, coverNote: coverNote ?? null, consentAt: new Date(), consentText: JSON.stringify(record) },
        select: { id: true, status: true, consentAt: true, consentText: true },
      })
      await tx.applicationEvent.create({ data: { applicationId: application.id, from: null, to: 'submitted', byUserId: user.id } })
      await audit(tx, {
        actorUserId: user.id, orgId: job.orgId, action: 'application.submitted', entity: 'Application', entityId: application.id,
        diff: { jobId: id, consentFields: consent.fields, purpose: consent.purpose },
      })
      return application
    })
    return c.json({ ...created, consentAt: created.consentAt.toISOString() }, 201)
  } catch (error) {
    // Two taps at once: the unique (student, job) index lets only one through.
    if (isUniqueViolation(error)) throw duplicate()
    throw error
  }
}

export const mine: AppRouteHandler<typeof routes.mine> = async (c) => {
  const user = currentUser(c)
  const { cursor, limit, jobId } = c.req.valid('query')
  const rows = await c.var.db.application.findMany({
    where: { studentUserId: user.id, ...(jobId ? { jobId } : {}), ...afterDated('updatedAt', 'desc', cursor) },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: pageTake(limit),
    select: myApplicationSelect,
  })
  const { items: page, nextCursor } = keysetPage(rows, limit, (r) => datedKey(r.updatedAt, r.id))
  return c.json({ items: page.map(toMyApplication), nextCursor }, 200)
}

export const withdraw: AppRouteHandler<typeof routes.withdraw> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const db = c.var.db
  await db.$transaction(async (tx) => {
    const app = await tx.application.findFirst({ where: { id, studentUserId: user.id }, select: pipelineSelect })
    if (!app) throw new AppError('NOT_FOUND', { userMessage: '投递记录不存在' })
    await moveApplication(tx, app, 'withdrawn', { actor: 'student', byUserId: user.id })
  })
  const row = await db.application.findUniqueOrThrow({ where: { id }, select: myApplicationSelect })
  return c.json(toMyApplication(row), 200)
}
