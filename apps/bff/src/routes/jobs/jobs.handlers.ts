import { AppError } from '@zhilian/shared'
import type { AppRouteHandler } from '../../lib/types'
import { labelBadges, toJobCard } from '../../jobs/job-card'
import { loadJobDetail, loadJobDetailSignedIn } from './jobs.detail'
import type * as routes from './jobs.routes'
import { searchByMatch } from './jobs.search'
import { searchNewest } from './jobs.search-newest'
import { optionalToken, optionalUser } from '../../lib/auth/optional-user'
import { principalOf } from '../../lib/auth/principal'
import { countNow, takeCounts, throwIfLimited } from '../../lib/rate-limit'

/**
 * The search counts itself for the rate limit (decision 093): the address's count, and the user's once optionalUser
 * knows them, wait for the newest-first statement. The match-sorted search, several statements anyway, counts them
 * in one statement of its own before its work.
 */
export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const query = c.req.valid('query')
  const user = await optionalUser(c)
  if (query.sort === 'match') {
    await countNow(c, takeCounts(c))
    return c.json(await searchByMatch(c.get('db'), c.get('hotSql'), query, user), 200)
  }
  const { page, counted, limited } = await searchNewest(c.get('hotSql'), query, { counts: () => takeCounts(c) })
  throwIfLimited(c, counted, limited)
  return c.json(page, 200)
}

/**
 * The job and, signed in, the caller in one statement (decision 114): the session row is judged by `principalOf` as
 * `requireAuth` judges it (a revoked, deleted or disabled account answers as on every route) before the job is looked at.
 * The detail counts nothing for the rate limit beyond the address (a read, not a search), so no user count is due.
 */
async function detailFor(c: Parameters<AppRouteHandler<typeof routes.detail>>[0], id: string) {
  const token = await optionalToken(c)
  if (!token) return { user: undefined, job: await loadJobDetail(c.get('hotSql'), id) }
  const { session, job } = await loadJobDetailSignedIn(c.get('hotSql'), id, token.sub)
  const user = principalOf(session, token, [])
  c.set('user', user)
  return { user, job }
}

export const detail: AppRouteHandler<typeof routes.detail> = async (c) => {
  const { id } = c.req.valid('param')
  const { user, job } = await detailFor(c, id)
  const ownJob = !!job && !!user && user.role === 'enterprise' && user.orgIds.includes(job.orgId)
  // A job closed by its date still opens (已截止, no 投递), as a shared link expects; one closed by hand does not, also
  // once its date has passed: the sweep's expiredAt tells the two apart, not the date (decision 055).
  const expired = !!job && job.status === 'closed' && job.expiredAt !== null
  if (!job || (job.status !== 'open' && !expired && !ownJob)) throw new AppError('NOT_FOUND', { userMessage: '该岗位不存在或已下架' })
  return c.json(
    {
      ...toJobCard(job),
      status: job.status,
      headcount: job.headcount,
      minYearsExperience: job.minYearsExperience,
      description: job.description,
      closesAt: job.closesAt?.toISOString() ?? null,
      expiredAt: job.expiredAt?.toISOString() ?? null,
      org: {
        id: job.org.id,
        name: job.org.name,
        labels: labelBadges(job.org.labels),
        city: { code: job.orgCity.adcode, name: job.orgCity.name },
        intro: job.orgIntro,
      },
      skills: job.skills,
      majors: job.majors,
      fairs: job.fairs.map((f) => ({
        ...f,
        startsAt: f.startsAt.toISOString(),
        endsAt: f.endsAt.toISOString(),
        city: { code: f.city.adcode, name: f.city.name },
      })),
    },
    200,
  )
}
