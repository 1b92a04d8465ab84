import { AppError, type FieldIssue } from '@zhilian/shared'
import type { ProfileInput } from '@zhilian/shared/contracts/profile'
import { audit } from '../../lib/audit'
import { beijingDay } from '../../lib/beijing-time'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler, Db } from '../../lib/types'
import { PERSONALISATION_OFF_NOTICE, PERSONALISED_NOTICE } from '../../recommendations/scoring'
import { exportStudent } from './profile.export'
import { deleteStudentAccount } from './profile.delete'
import type * as routes from './profile.routes'
import { loadProfile } from './profile.view'

export const get: AppRouteHandler<typeof routes.get> = async (c) => c.json(await loadProfile(c.var.db, currentUser(c).id), 200)

/** References must point at real rows: a verified college, a catalogue major, Shandong cities, known chains. */
async function referenceIssues(db: Db, input: ProfileInput): Promise<FieldIssue[]> {
  const [college, major, cities, chains] = await Promise.all([
    input.collegeId ? db.organization.findFirst({ where: { id: input.collegeId, kind: 'college', verification: 'verified' }, select: { id: true } }) : null,
    input.majorCode ? db.major.findUnique({ where: { code: input.majorCode }, select: { code: true } }) : null,
    db.city.findMany({ where: { adcode: { in: input.expectedCities } }, select: { adcode: true } }),
    db.industryChain.findMany({ where: { id: { in: input.expectedChains } }, select: { id: true } }),
  ])
  const issues: FieldIssue[] = []
  if (input.collegeId && !college) issues.push({ path: 'collegeId', message: '请从列表中选择就读院校' })
  if (input.majorCode && !major) issues.push({ path: 'majorCode', message: '请从专业目录中选择专业' })
  const knownCities = new Set(cities.map((x) => x.adcode))
  input.expectedCities.forEach((code, i) => knownCities.has(code) || issues.push({ path: `expectedCities.${i}`, message: '请选择山东省内的城市' }))
  const knownChains = new Set(chains.map((x) => x.id))
  input.expectedChains.forEach((id, i) => knownChains.has(id) || issues.push({ path: `expectedChains.${i}`, message: '请选择列表中的产业链' }))
  return issues
}

export const put: AppRouteHandler<typeof routes.put> = async (c) => {
  const user = currentUser(c)
  const input = c.req.valid('json')
  const issues = await referenceIssues(c.var.db, input)
  if (issues.length) throw new AppError('VALIDATION_FAILED', { issues })
  const data = { ...input, skills: [...new Set(input.skills)], certificates: [...new Set(input.certificates)] }
  await c.var.db.studentProfile.upsert({ where: { userId: user.id }, create: { userId: user.id, ...data }, update: data, select: { userId: true } })
  return c.json(await loadProfile(c.var.db, user.id), 200)
}

export const exportData: AppRouteHandler<typeof routes.exportData> = async (c) => {
  const user = currentUser(c)
  const body = await exportStudent(c.var.db, user.id)
  c.header('content-disposition', `attachment; filename="zhilian-export-${beijingDay()}.json"`)
  return c.json(body, 200)
}

export const remove: AppRouteHandler<typeof routes.remove> = async (c) => {
  const user = currentUser(c)
  c.req.valid('json')
  const withdrawnApplications = await deleteStudentAccount(c.var.db, user.id)
  return c.json({ deleted: true as const, withdrawnApplications }, 200)
}

export const personalisation: AppRouteHandler<typeof routes.personalisation> = async (c) => {
  const user = currentUser(c)
  const { enabled } = c.req.valid('json')
  await c.var.db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { personalisationOff: !enabled }, select: { id: true } })
    await audit(tx, { actorUserId: user.id, action: 'user.personalisation', entity: 'User', entityId: user.id, diff: { enabled } })
  })
  return c.json({ enabled, message: enabled ? PERSONALISED_NOTICE : PERSONALISATION_OFF_NOTICE }, 200)
}
