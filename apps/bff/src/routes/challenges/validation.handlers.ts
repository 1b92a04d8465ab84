import { AppError } from '@zhilian/shared'
import { challengeOutcome } from '@zhilian/shared/rules/projects'
import { audit } from '../../lib/audit'
import { currentUser } from '../../lib/auth'
import type { AppRouteHandler } from '../../lib/types'
import type * as routes from './challenges.routes'
import { notifyOrgMembers } from '../../challenges/notify'
import { orgIdsMay } from '../../lib/org-access'

/**
 * 市场验题 (decision 034): only the challenge's enterprise, only after it accepted a taker, and only once — the
 * record is what the statistics, the report and the 成效 record count, so it is not rewritten afterwards. Members whose
 * role handles 揭榜挂帅 ('cooperation', as for accepting a taker) record it; others find no such challenge, as there.
 */
export const validate: AppRouteHandler<typeof routes.validate> = async (c) => {
  const { id } = c.req.valid('param')
  const { inProduction, effect, effectValue, effectUnit } = c.req.valid('json')
  const user = currentUser(c)
  const out = await c.var.db.$transaction(async (tx) => {
    const ch = await tx.techChallenge.findFirst({
      where: { id, list: { orgId: { in: orgIdsMay(user, 'cooperation') } } },
      select: { id: true, title: true, status: true, list: { select: { orgId: true } }, takers: { where: { status: 'accepted' }, select: { collegeOrgId: true }, take: 1 } },
    })
    if (!ch) throw new AppError('NOT_FOUND', { userMessage: '该技术难题不存在或已下架' })
    const college = ch.takers[0]?.collegeOrgId
    if (ch.status !== 'taken' || !college) throw new AppError('INVALID_TRANSITION', { userMessage: '采纳院校的揭榜方案后才能验题' })
    const validatedAt = new Date()
    // Conditional: a second validation (or two at once) finds the row already validated.
    const done = await tx.techChallenge.updateMany({
      where: { id, validatedAt: null },
      data: { validatedAt, inProduction, effect, effectValue: effectValue ?? null, effectUnit: effectUnit ?? null },
    })
    if (done.count !== 1) throw new AppError('INVALID_TRANSITION', { userMessage: '该难题已完成验题，验题结果不能修改' })
    await notifyOrgMembers(tx, college, {
      title: '揭榜成果已验题',
      body: `“${ch.title}”的攻关成果已由企业验题：${inProduction ? '已投产' : '暂未投产'}。成效：${effect.slice(0, 60)}`,
      link: `/pkg-college/challenges/index?id=${id}`,
    })
    await audit(tx, { actorUserId: user.id, orgId: ch.list.orgId, action: 'challenge.validate', entity: 'TechChallenge', entityId: id, diff: { inProduction, effect, effectValue: effectValue ?? null, effectUnit: effectUnit ?? null } })
    return { status: ch.status, validatedAt }
  })
  return c.json({
    id, status: out.status, outcome: challengeOutcome({ status: out.status, validatedAt: out.validatedAt, inProduction }),
    validatedAt: out.validatedAt.toISOString(), inProduction, effect, effectValue: effectValue ?? null, effectUnit: effectUnit ?? null,
  }, 200)
}
