import { AppError } from '@zhilian/shared'
import { challengeOutcome } from '@zhilian/shared/rules/projects'
import type { ChallengeTaker } from '@zhilian/shared/contracts/matching'
import { audit } from '../../lib/audit'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import type * as routes from './challenges.routes'
import { assertOwnOrg } from '../../matching/scope'
import { notifyOrgMembers } from '../../challenges/notify'
import { orgIdsMay } from '../../lib/org-access'
import { afterDated, datedKey, keysetPage, pageTake } from '../../lib/paging'

const CARD_SELECT = {
  id: true, title: true, problem: true, target: true, deadline: true, budgetWan: true, chainId: true, status: true, createdAt: true,
  chain: { select: { name: true } },
  list: { select: { org: { select: { id: true, name: true, cityCode: true } } } },
  _count: { select: { takers: true } },
} as const

const TAKER_SELECT = { id: true, challengeId: true, collegeOrgId: true, proposal: true, status: true, createdAt: true, college: { select: { name: true } } } as const

function takerOut(t: { id: string; challengeId: string; collegeOrgId: string; proposal: string; status: ChallengeTaker['status']; createdAt: Date; college: { name: string } }): ChallengeTaker {
  return { id: t.id, challengeId: t.challengeId, collegeId: t.collegeOrgId, collegeName: t.college.name, proposal: t.proposal, status: t.status, createdAt: t.createdAt.toISOString() }
}

const notFound = () => new AppError('NOT_FOUND', { userMessage: '该技术难题不存在或已下架' })

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const { chainId, cityCode, cursor, limit } = c.req.valid('query')
  const rows = await c.var.db.techChallenge.findMany({
    where: { status: 'open', ...(chainId ? { chainId } : {}), list: { org: { verification: 'verified', ...(cityCode ? { cityCode } : {}) } }, ...afterDated('createdAt', 'desc', cursor) },
    select: CARD_SELECT,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: pageTake(limit),
  })
  const { items: page, nextCursor } = keysetPage(rows, limit, (r) => datedKey(r.createdAt, r.id))
  return c.json({
    items: page.map((r) => ({
      id: r.id, title: r.title, problem: r.problem, target: r.target, deadline: r.deadline?.toISOString() ?? null,
      budgetWan: r.budgetWan === null ? null : Number(r.budgetWan), chainId: r.chainId, chainName: r.chain?.name ?? null, status: r.status,
      org: r.list.org, takers: r._count.takers, createdAt: r.createdAt.toISOString(),
    })),
    nextCursor,
  }, 200)
}

export const take: AppRouteHandler<typeof routes.take> = async (c) => {
  const { id } = c.req.valid('param')
  const { proposal, collegeId } = c.req.valid('json')
  const user = currentUser(c)
  const db = c.var.db
  const colleges = await db.organization.findMany({ where: { id: { in: orgIdsMay(user, 'cooperation') }, kind: 'college' }, select: { id: true, name: true, verification: true } })
  const college = collegeId ? colleges.find((o) => o.id === collegeId) : colleges.length === 1 ? colleges[0] : undefined
  if (!college) {
    throw new AppError(colleges.length > 1 && !collegeId ? 'BAD_REQUEST' : 'NOT_VERIFIED', {
      userMessage: colleges.length > 1 && !collegeId ? '您属于多所院校，请选择以哪所院校揭榜' : '您尚未成为已认证院校的成员，暂不能揭榜',
    })
  }
  if (college.verification !== 'verified') throw new AppError('NOT_VERIFIED')
  const ch = await db.techChallenge.findFirst({
    where: { id, list: { org: { verification: 'verified' } } },
    select: { id: true, title: true, status: true, list: { select: { orgId: true } } },
  })
  if (!ch) throw notFound()
  if (ch.status !== 'open') throw new AppError('INVALID_TRANSITION', { userMessage: '该难题已被揭榜或已关闭，不能再提交方案' })
  const taker = await db.$transaction(async (tx) => {
    const dup = await tx.challengeTaker.findUnique({ where: { challengeId_collegeOrgId: { challengeId: id, collegeOrgId: college.id } }, select: { id: true } })
    if (dup) throw new AppError('DUPLICATE', { userMessage: '贵校已对该难题提交过方案' })
    const t = await tx.challengeTaker.create({ data: { challengeId: id, collegeOrgId: college.id, proposal }, select: TAKER_SELECT })
    await notifyOrgMembers(tx, ch.list.orgId, { title: '有院校揭榜', body: `${college.name}对“${ch.title}”提交了攻关方案，请及时查看。`, link: `/pkg-enterprise/challenge-takers/index?id=${id}` })
    await audit(tx, { actorUserId: user.id, orgId: college.id, action: 'challenge.take', entity: 'ChallengeTaker', entityId: t.id, diff: { challengeId: id } })
    return t
  })
  return c.json(takerOut(taker), 201)
}

export const accept: AppRouteHandler<typeof routes.accept> = async (c) => {
  const { id, takerId } = c.req.valid('param')
  const user = currentUser(c)
  const result = await c.var.db.$transaction(async (tx) => {
    const ch = await tx.techChallenge.findFirst({ where: { id, list: { orgId: { in: orgIdsMay(user, 'cooperation') } } }, select: { id: true, title: true, status: true, list: { select: { orgId: true } } } })
    if (!ch) throw notFound()
    const taker = await tx.challengeTaker.findFirst({ where: { id: takerId, challengeId: id }, select: { id: true, status: true } })
    if (!taker) throw new AppError('NOT_FOUND', { userMessage: '揭榜方案不存在' })
    if (taker.status !== 'submitted') throw new AppError('INVALID_TRANSITION', { userMessage: '该方案已处理，不能再次采纳' })
    // Conditional update: of two concurrent accepts only one finds the challenge still open.
    const moved = await tx.techChallenge.updateMany({ where: { id, status: 'open' }, data: { status: 'taken' } })
    if (moved.count !== 1) throw new AppError('INVALID_TRANSITION', { userMessage: '该难题已被揭榜或已关闭' })
    const accepted = await tx.challengeTaker.update({ where: { id: takerId }, data: { status: 'accepted' }, select: TAKER_SELECT })
    const others = await tx.challengeTaker.findMany({ where: { challengeId: id, status: 'submitted', id: { not: takerId } }, select: { id: true, collegeOrgId: true } })
    await tx.challengeTaker.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { status: 'declined' } })
    await notifyOrgMembers(tx, accepted.collegeOrgId, { title: '揭榜方案已被采纳', body: `贵校对“${ch.title}”的攻关方案已被企业采纳，请尽快与企业对接。`, link: `/pkg-college/challenges/index?id=${id}` })
    for (const o of others) {
      await notifyOrgMembers(tx, o.collegeOrgId, { title: '揭榜结果通知', body: `“${ch.title}”已由其他院校揭榜，感谢贵校参与。`, link: `/pkg-college/challenges/index?id=${id}` })
    }
    await audit(tx, {
      actorUserId: user.id, orgId: ch.list.orgId, action: 'challenge.accept', entity: 'TechChallenge', entityId: id,
      diff: { status: { from: 'open', to: 'taken' }, acceptedTakerId: takerId, declined: others.map((o) => o.id) },
    })
    return { challenge: { id, status: 'taken' as const }, accepted: takerOut(accepted), declined: others.length }
  })
  return c.json(result, 200)
}

export const takers: AppRouteHandler<typeof routes.takers> = async (c) => {
  const { id } = c.req.valid('param')
  const ch = await c.var.db.techChallenge.findUnique({
    where: { id },
    select: { id: true, title: true, status: true, validatedAt: true, inProduction: true, effect: true, list: { select: { orgId: true } }, takers: { select: TAKER_SELECT, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] } },
  })
  await assertOwnOrg(c.var.db, currentUser(c), ch?.list.orgId, '技术难题')
  const { id: cid, title, status, inProduction, effect } = ch!
  return c.json({ challenge: { id: cid, title, status, outcome: challengeOutcome(ch!), inProduction, effect }, items: ch!.takers.map(takerOut) }, 200)
}
