import type { Prisma } from '@zhilian/db'
import { AppError } from '@zhilian/shared'
import { projectClosed, projectMoveProblem, PROJECT_STATUS_LABELS } from '@zhilian/shared/rules/projects'
import { audit } from '../../lib/audit'
import { currentUser } from '../../lib/auth'
import { orgNameMatches } from '../../lib/org-name-search'
import { afterDated, afterId, datedKey, keysetPage, pageTake } from '../../lib/paging'
import type { AppRouteHandler, Db, Principal } from '../../lib/types'
import { notifyOrgMembers } from '../../challenges/notify'
import { dropMilestoneReminders, dueAtOf, scheduleMilestoneReminders } from './milestone-reminders'
import { partyOf, projectNotFound, visibleProjects } from './project-access'
import { projectLinks } from './project-links'
import { projectStarterOrgs, resolveSource } from './project-sources'
import { cardOf, detailOf, PROJECT_SELECT, UPDATE_SELECT } from './project-view'
import type * as routes from './projects.routes'

const UPDATES_SHOWN = 100

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const { status, cursor, limit } = c.req.valid('query')
  const user = currentUser(c)
  const rows = await c.var.db.project.findMany({
    where: {
      AND: [
        visibleProjects(user),
        status ? { status } : {},
        afterDated('updatedAt', 'desc', cursor),
      ],
    },
    select: PROJECT_SELECT,
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: pageTake(limit),
  })
  const { items: page, nextCursor } = keysetPage(rows, limit, (p) => datedKey(p.updatedAt, p.id))
  return c.json({ items: page.map((p) => cardOf(user, p)), nextCursor }, 200)
}

/**
 * The partner lookup of the project form: verified organisations other than the caller's, by name and kind, in id
 * order. Name, kind and city only: contacts stay with the organisation (decision 036).
 */
export const partners: AppRouteHandler<typeof routes.partners> = async (c) => {
  const { q, kind, cursor, limit } = c.req.valid('query')
  const user = currentUser(c)
  projectStarterOrgs(user)
  const rows = await c.var.db.organization.findMany({
    where: {
      AND: [
        { verification: 'verified', id: { notIn: user.orgIds } },
        kind ? { kind } : {},
        q ? await orgNameMatches(c.var.db, q) : {},
        afterId('asc', cursor),
      ],
    },
    select: { id: true, name: true, kind: true, city: { select: { name: true } } },
    orderBy: { id: 'asc' },
    take: pageTake(limit),
  })
  const { items, nextCursor } = keysetPage(rows, limit, (o) => ({ id: o.id }))
  return c.json({ items: items.map((o) => ({ id: o.id, name: o.name, kind: o.kind, cityName: o.city.name })), nextCursor }, 200)
}

/** What the caller may start a project of one source from (events, equipment, courses). */
export const links: AppRouteHandler<typeof routes.links> = async (c) => {
  const user = currentUser(c)
  projectStarterOrgs(user)
  return c.json({ items: await projectLinks(c.var.db, user, c.req.valid('query').source) }, 200)
}

/** One project as the caller may see it, with its timeline; 404 outside `visibleProjects`. */
async function loadDetail(db: Db, user: Principal, id: string) {
  const p = await db.project.findFirst({ where: { id, ...visibleProjects(user) }, select: PROJECT_SELECT })
  if (!p) throw projectNotFound()
  const updates = await db.projectUpdate.findMany({ where: { projectId: id }, select: UPDATE_SELECT, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: UPDATES_SHOWN })
  return detailOf(user, p, updates)
}

export const detail: AppRouteHandler<typeof routes.detail> = async (c) => {
  return c.json(await loadDetail(c.var.db, currentUser(c), c.req.valid('param').id), 200)
}

export const create: AppRouteHandler<typeof routes.create> = async (c) => {
  const body = c.req.valid('json')
  const user = currentUser(c)
  const db = c.var.db
  if (body.chainId && !(await db.industryChain.findUnique({ where: { id: body.chainId }, select: { id: true } }))) {
    throw new AppError('VALIDATION_FAILED', { userMessage: '产业链不存在', issues: [{ path: 'chainId', message: '产业链不存在' }] })
  }
  const id = await db.$transaction(async (tx) => {
    const src = await resolveSource(tx, user, body)
    const project = await tx.project.create({
      data: {
        title: body.title, goals: body.goals, source: body.source, chainId: body.chainId ?? src.chainId, ...src.links,
        signedAt: body.signedOn ? new Date(`${body.signedOn}T12:00:00+08:00`) : new Date(),
        parties: { create: src.orgIds.map((orgId) => ({ orgId })) },
        milestones: { create: body.milestones.map((m) => ({ title: m.title, dueAt: dueAtOf(m.dueDate) })) },
      },
      select: { id: true, milestones: { select: { id: true, title: true, dueAt: true } } },
    })
    await scheduleMilestoneReminders(tx, project.id, project.milestones)
    for (const partner of src.orgIds.filter((o) => !user.orgIds.includes(o))) {
      await notifyOrgMembers(tx, partner, { title: '新的合作项目', body: `“${body.title}”已登记到项目台账，请及时跟进里程碑。`, link: `/pkg-projects/detail/index?id=${project.id}` })
    }
    await audit(tx, { actorUserId: user.id, orgId: src.orgIds[0], action: 'project.create', entity: 'Project', entityId: project.id, diff: { source: body.source, parties: src.orgIds, ...src.links } })
    return project.id
  })
  return c.json(await loadDetail(db, user, id), 201)
}

/**
 * Writes to one project queue on its row: two parties closing it at once (终止 and 完成, or 终止 twice) each read it
 * as under way, and both moves were recorded and announced; a milestone could be added beside a completion that had
 * just counted none open (decision 049). Locking an id that is not a project locks nothing; partyOf answers 404.
 */
const lockProject = (tx: Prisma.TransactionClient, id: string) => tx.$queryRaw`SELECT "id" FROM "Project" WHERE "id" = ${id} FOR UPDATE`

export const addMilestone: AppRouteHandler<typeof routes.addMilestone> = async (c) => {
  const { id } = c.req.valid('param')
  const { title, dueDate } = c.req.valid('json')
  const user = currentUser(c)
  await c.var.db.$transaction(async (tx) => {
    await lockProject(tx, id)
    const { project, orgId } = await partyOf(tx, user, id)
    if (projectClosed(project.status)) throw new AppError('INVALID_TRANSITION', { userMessage: `项目${PROJECT_STATUS_LABELS[project.status]}，不能再添加里程碑` })
    const m = await tx.projectMilestone.create({ data: { projectId: id, title, dueAt: dueAtOf(dueDate) }, select: { id: true, title: true, dueAt: true } })
    await scheduleMilestoneReminders(tx, id, [m])
    // A new milestone is work agreed after 结项 was asked for: the request no longer stands (decision 107).
    await tx.project.update({ where: { id }, data: { updatedAt: new Date(), completionRequestedByOrgId: null, completionRequestedAt: null } })
    await audit(tx, { actorUserId: user.id, orgId, action: 'project.milestone', entity: 'Project', entityId: id, diff: { milestoneId: m.id, title, dueDate } })
  })
  return c.json(await loadDetail(c.var.db, user, id), 201)
}

/**
 * 结项 of a project with two parties takes both (decision 107): one party completing alone made both count a completed
 * project in 成效 for work the other never confirmed. The first party's 结项 is a request; the other party's 结项
 * confirms it; the same party asking again is refused. A project of one party (none today) completes at once.
 */
function completionStep(project: { completionRequestedByOrgId: string | null; parties: { orgId: string }[] }, orgId: string, to: string): 'none' | 'request' | 'confirm' {
  if (to !== 'completed' || project.parties.length < 2) return 'none'
  if (!project.completionRequestedByOrgId) return 'request'
  if (project.completionRequestedByOrgId === orgId) throw new AppError('INVALID_TRANSITION', { userMessage: '本单位已申请结项，请等待合作方确认；如需撤回，请将项目状态改为推进中' })
  return 'confirm'
}

export const postUpdate: AppRouteHandler<typeof routes.postUpdate> = async (c) => {
  const { id } = c.req.valid('param')
  const { body, milestoneId, statusTo } = c.req.valid('json')
  const user = currentUser(c)
  await c.var.db.$transaction(async (tx) => {
    await lockProject(tx, id)
    const { project, orgId } = await partyOf(tx, user, id)
    if (projectClosed(project.status)) throw new AppError('INVALID_TRANSITION', { userMessage: `项目${PROJECT_STATUS_LABELS[project.status]}，不能再更新` })
    const now = new Date()
    if (milestoneId) {
      // Conditional: of two parties ticking the same milestone at once, one records it.
      const done = await tx.projectMilestone.updateMany({ where: { id: milestoneId, projectId: id, doneAt: null }, data: { doneAt: now, doneByOrgId: orgId } })
      if (done.count !== 1) {
        const exists = await tx.projectMilestone.findFirst({ where: { id: milestoneId, projectId: id }, select: { id: true } })
        throw exists ? new AppError('INVALID_TRANSITION', { userMessage: '该里程碑已完成' }) : new AppError('NOT_FOUND', { userMessage: '里程碑不存在' })
      }
      await dropMilestoneReminders(tx, milestoneId)
    }
    // The first update moves a signed project under way; an explicit status wins.
    const asked = statusTo ?? (project.status === 'signed' ? 'in_progress' : project.status)
    const open = await tx.projectMilestone.count({ where: { projectId: id, doneAt: null } })
    const problem = projectMoveProblem(project.status, asked, open)
    if (problem) throw new AppError('INVALID_TRANSITION', { userMessage: problem })
    const step = completionStep(project, orgId, asked)
    const to = step === 'request' ? (project.status === 'signed' ? 'in_progress' : project.status) : asked
    const moved = to !== project.status
    // A request waits for the other party; the confirmation, a withdrawal or refusal (推进中) and 终止 end it.
    const request = step === 'request' ? { completionRequestedByOrgId: orgId, completionRequestedAt: now }
      : step === 'confirm' || statusTo ? { completionRequestedByOrgId: null, completionRequestedAt: null } : {}
    await tx.project.update({ where: { id }, data: { status: to, updatedAt: now, ...request, ...(to === 'completed' ? { completedAt: now } : {}) } })
    await tx.projectUpdate.create({ data: { projectId: id, orgId, body, milestoneId: milestoneId ?? null, statusTo: moved ? to : null } })
    for (const other of project.parties.filter((p) => p.orgId !== orgId)) {
      await notifyOrgMembers(tx, other.orgId, step === 'request'
        ? { title: '合作方申请结项', body: `“${project.title}”：合作方申请结项，请核对里程碑后在项目进展中确认结项`, link: `/pkg-projects/detail/index?id=${id}` }
        : { title: '合作项目有新进展', body: `“${project.title}”：${body.slice(0, 60)}`, link: `/pkg-projects/detail/index?id=${id}` })
    }
    await audit(tx, { actorUserId: user.id, orgId, action: 'project.update', entity: 'Project', entityId: id, diff: { milestoneId: milestoneId ?? null, ...(moved ? { status: { from: project.status, to } } : {}), ...(step === 'request' ? { completionRequested: true } : {}) } })
  })
  return c.json(await loadDetail(c.var.db, user, id), 201)
}
