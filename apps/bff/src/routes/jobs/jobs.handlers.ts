import { AppError } from '@zhilian/shared'
import type { AppRouteHandler } from '../../lib/types'
import { jobCardSelect, labelBadges, toJobCard } from './job-card'
import type * as routes from './jobs.routes'
import { searchByMatch, searchNewest } from './jobs.search'
import { optionalUser } from './optional-user'

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const query = c.req.valid('query')
  const user = await optionalUser(c)
  const page = query.sort === 'match' ? await searchByMatch(c.var.db, query, user) : await searchNewest(c.var.db, query)
  return c.json(page, 200)
}

/** Fairs that show the job: approved booths at events students can still see. */
const VISIBLE_EVENTS = ['published', 'ongoing'] as const

export const detail: AppRouteHandler<typeof routes.detail> = async (c) => {
  const { id } = c.req.valid('param')
  const user = await optionalUser(c)
  const job = await c.var.db.job.findUnique({
    where: { id },
    select: {
      ...jobCardSelect,
      orgId: true,
      status: true,
      headcount: true,
      minYearsExperience: true,
      description: true,
      closesAt: true,
      org: { select: { ...jobCardSelect.org.select, intro: true, city: { select: { adcode: true, name: true } } } },
      skills: { select: { name: true, level: true }, orderBy: { name: 'asc' } },
      majors: { select: { major: { select: { code: true, name: true } } } },
      booths: {
        // Only fairs still ahead or running: a past fair is no reason to look at a job.
        where: { booth: { status: 'approved', event: { status: { in: [...VISIBLE_EVENTS] }, endsAt: { gt: new Date() } } } },
        select: {
          booth: {
            select: {
              number: true,
              event: { select: { id: true, title: true, kind: true, startsAt: true, endsAt: true, venue: true, city: { select: { adcode: true, name: true } } } },
            },
          },
        },
      },
    },
  })
  const ownJob = !!job && !!user && user.role === 'enterprise' && user.orgIds.includes(job.orgId)
  if (!job || (job.status !== 'open' && !ownJob)) throw new AppError('NOT_FOUND', { userMessage: '该岗位不存在或已下架' })
  return c.json(
    {
      ...toJobCard(job),
      status: job.status,
      headcount: job.headcount,
      minYearsExperience: job.minYearsExperience,
      description: job.description,
      closesAt: job.closesAt?.toISOString() ?? null,
      org: {
        id: job.org.id,
        name: job.org.name,
        labels: labelBadges(job.org.labels),
        city: { code: job.org.city.adcode, name: job.org.city.name },
        intro: job.org.intro,
      },
      skills: job.skills,
      majors: job.majors.map((m) => m.major),
      fairs: job.booths
        .map(({ booth }) => ({
          id: booth.event.id,
          title: booth.event.title,
          kind: booth.event.kind,
          startsAt: booth.event.startsAt.toISOString(),
          endsAt: booth.event.endsAt.toISOString(),
          city: { code: booth.event.city.adcode, name: booth.event.city.name },
          venue: booth.event.venue,
          booth: booth.number,
        }))
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
    },
    200,
  )
}
