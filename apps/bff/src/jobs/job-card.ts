import type { Prisma } from '@zhilian/db'

/** The columns a job card needs, shared by the listing, the detail page and recommendations. */
export const jobCardSelect = {
  id: true,
  title: true,
  salaryMin: true,
  salaryMax: true,
  type: true,
  education: true,
  headcount: true,
  hiredCount: true,
  publishedAt: true,
  chainId: true,
  cityCode: true,
  org: { select: { id: true, name: true, labels: { select: { verified: true, label: { select: { id: true, name: true } } } } } },
  city: { select: { adcode: true, name: true } },
  chain: { select: { id: true, name: true } },
} satisfies Prisma.JobSelect

export type JobCardRow = Prisma.JobGetPayload<{ select: typeof jobCardSelect }>

export const labelBadges = (labels: JobCardRow['org']['labels']) =>
  labels.map((l) => ({ id: l.label.id, name: l.label.name, verified: l.verified }))

/** A list card shows only the titles an administrator has verified. */
export function toJobCard(row: JobCardRow) {
  return {
    id: row.id,
    title: row.title,
    org: { id: row.org.id, name: row.org.name, labels: labelBadges(row.org.labels).filter((l) => l.verified) },
    city: { code: row.city.adcode, name: row.city.name },
    salaryMin: row.salaryMin,
    salaryMax: row.salaryMax,
    type: row.type,
    education: row.education,
    headcountLeft: Math.max(0, row.headcount - row.hiredCount),
    chain: row.chain,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  }
}
