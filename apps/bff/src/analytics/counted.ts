import { Prisma } from '@zhilian/db'

/**
 * The one rule for which lists count anywhere public — dashboards, map, report, matching, chain exports,
 * the training menu (docs/decisions/015-list-versions-and-live-jobs.md): a list counts once a version of it
 * is approved, and its tables then hold exactly that version's rows. A draft, or a newer version still in
 * review, never counts; while one is in review the previously approved version goes on counting.
 */
export const COUNTED = { approvedVersion: { not: null } } as const

/** The same rule inside SQL, for a "SupplyList" or "DemandList" row aliased `alias` (or unaliased). */
export const countedSql = (alias?: string) => `${alias ? `${alias}.` : ''}"approvedVersion" IS NOT NULL`

/**
 * Supply lists that count, newest year per verified college: each college's current 附件1 — what the home page's
 * students, matching and the training menu read (decision 076: a college's earlier years no longer offer courses).
 */
export const LATEST_COUNTED_SUPPLY_LISTS = `
  SELECT DISTINCT ON (s."collegeId") s.id FROM "SupplyList" s JOIN "Organization" o ON o.id = s."collegeId"
  WHERE ${countedSql('s')} AND o.verification = 'verified' ORDER BY s."collegeId", s.year DESC`

/**
 * The one rule for which jobs a year's figures count (report, map, chain pages, fit index, trend; decisions 019 and
 * 076): jobs of verified enterprises published that year, whatever their status now — a job filled or closed by hand
 * still asked for its head-count — except a job an approved version of its demand list no longer lists
 * (`removedFromListAt`): the approved list is what the enterprise asks for, so version 2 replaces version 1 rather
 * than adding to it. `j` is the job's alias; the enterprise's verification is checked by the caller's join.
 */
export const jobCountedInYearSql = (year?: readonly [Date, Date]) =>
  Prisma.sql`j.status IN ('open', 'paused', 'closed', 'filled') AND j."removedFromListAt" IS NULL AND ${
    year ? Prisma.sql`j."publishedAt" >= ${year[0]} AND j."publishedAt" < ${year[1]}` : Prisma.sql`j."publishedAt" IS NOT NULL`}`
/** The same rule as a Prisma filter on Job, for one year. */
export const jobCountedInYear = ([from, to]: readonly [Date, Date]) =>
  ({ status: { in: ['open', 'paused', 'closed', 'filled'] }, removedFromListAt: null, publishedAt: { gte: from, lt: to } }) satisfies Prisma.JobWhereInput
