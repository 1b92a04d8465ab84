import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import type * as routes from './matching.routes'
import { orgIdsMay } from '../../lib/org-access'

/** Jobs still recruiting, or about to (the same set the demand-list match ranks). */
const LIVE = ['draft', 'pending_review', 'open', 'paused'] as const
const CAP = 100

/** Scoped by membership alone: a member only ever sees its own organisations' rows, so no id can leak. */
export const mine: AppRouteHandler<typeof routes.mine> = async (c) => {
  const orgIds = orgIdsMay(currentUser(c), 'cooperation')
  const db = c.var.db
  const ofMyLists = { list: { orgId: { in: orgIds } } }
  const [lists, jobs, trainingNeeds, challenges, equipmentRequests] = await Promise.all([
    db.demandList.findMany({ where: { orgId: { in: orgIds } }, select: { id: true, org: { select: { name: true } } } }),
    db.job.findMany({ where: { orgId: { in: orgIds }, status: { in: [...LIVE] } }, select: { id: true, title: true, headcount: true }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: CAP }),
    db.trainingNeed.findMany({ where: ofMyLists, select: { id: true, content: true, perYear: true }, orderBy: { id: 'asc' }, take: CAP }),
    db.techChallenge.findMany({ where: ofMyLists, select: { id: true, title: true, status: true, _count: { select: { takers: true } } }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: CAP }),
    db.resourceRequest.findMany({ where: { ...ofMyLists, kind: 'equipment' }, select: { id: true, description: true }, orderBy: { id: 'asc' }, take: CAP }),
  ])
  return c.json({
    demandLists: lists.map((l) => ({ id: l.id, orgName: l.org.name })),
    jobs,
    trainingNeeds,
    challenges: challenges.map(({ _count, ...ch }) => ({ ...ch, takers: _count.takers })),
    equipmentRequests,
  }, 200)
}
