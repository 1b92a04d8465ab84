import type { Prisma } from '@zhilian/db'
import type { Db } from '../lib/types'

export const enterpriseJobSelect = {
  id: true,
  orgId: true,
  title: true,
  type: true,
  status: true,
  headcount: true,
  hiredCount: true,
  education: true,
  minYearsExperience: true,
  cityCode: true,
  salaryMin: true,
  salaryMax: true,
  chainId: true,
  description: true,
  publishedAt: true,
  closesAt: true,
  expiredAt: true,
  updatedAt: true,
  skills: { select: { name: true, level: true }, orderBy: { name: 'asc' } },
  majors: { select: { majorCode: true }, orderBy: { majorCode: 'asc' } },
} satisfies Prisma.JobSelect

export type EnterpriseJobRow = Prisma.JobGetPayload<{ select: typeof enterpriseJobSelect }>

/** Applications per job and status, in one grouped query for a whole page. */
export async function applicationCounts(db: Db, jobIds: string[]) {
  const groups = jobIds.length
    ? await db.application.groupBy({ by: ['jobId', 'status'], where: { jobId: { in: jobIds } }, _count: { _all: true } })
    : []
  const counts = new Map<string, Record<string, number>>()
  for (const g of groups) (counts.get(g.jobId) ?? counts.set(g.jobId, {}).get(g.jobId)!)[g.status] = g._count._all
  return counts
}

export function toEnterpriseJob(row: EnterpriseJobRow, counts: Record<string, number> = {}) {
  const { majors, publishedAt, closesAt, expiredAt, updatedAt, ...rest } = row
  return {
    ...rest,
    majorCodes: majors.map((m) => m.majorCode),
    publishedAt: publishedAt?.toISOString() ?? null,
    closesAt: closesAt?.toISOString() ?? null,
    expiredAt: expiredAt?.toISOString() ?? null,
    updatedAt: updatedAt.toISOString(),
    applicationCounts: counts,
  }
}

export async function loadEnterpriseJob(db: Db, id: string) {
  const row = await db.job.findUniqueOrThrow({ where: { id }, select: enterpriseJobSelect })
  return toEnterpriseJob(row, (await applicationCounts(db, [id])).get(id))
}
