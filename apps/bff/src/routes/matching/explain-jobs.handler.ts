import { orgInScope, scopeOf } from '../../lib/admin-scope'
import { currentUser } from '../../lib/auth'
import { escapeLike } from '../../lib/cursor'
import type { AppRouteHandler } from '../../lib/types'
import type * as routes from './matching.routes'

/** One screen of a phone: an official narrows by a word rather than scrolling (SearchPicker shows what it gets). */
const TAKE = 20

/**
 * 为什么匹配 explains a job only to an administrator whose scope holds its organisation (`explain`'s assertOwnOrg), so
 * its search reads the same scope: the public job search let a city bureau or a consortium pick jobs of other cities,
 * each answered 岗位不存在或无权查看 (decision 084). Title, skill or enterprise name; newest first.
 */
export const explainJobs: AppRouteHandler<typeof routes.explainJobs> = async (c) => {
  const { q } = c.req.valid('query')
  const like = q ? { contains: escapeLike(q), mode: 'insensitive' as const } : undefined
  const rows = await c.var.db.job.findMany({
    where: {
      status: 'open', publishedAt: { not: null }, org: orgInScope(scopeOf(currentUser(c))),
      ...(like ? { OR: [{ title: like }, { skills: { some: { name: like } } }, { org: { name: like } }] } : {}),
    },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: TAKE,
    select: { id: true, title: true, org: { select: { name: true } }, city: { select: { name: true } } },
  })
  return c.json({ items: rows }, 200)
}
