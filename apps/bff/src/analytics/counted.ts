/**
 * The one rule for which lists count anywhere public — dashboards, map, report, matching, chain exports,
 * the training menu (docs/decisions/015-list-versions-and-live-jobs.md): a list counts once a version of it
 * is approved, and its tables then hold exactly that version's rows. A draft, or a newer version still in
 * review, never counts; while one is in review the previously approved version goes on counting.
 */
export const COUNTED = { approvedVersion: { not: null } } as const

/** The same rule inside SQL, for a "SupplyList" or "DemandList" row aliased `alias` (or unaliased). */
export const countedSql = (alias?: string) => `${alias ? `${alias}.` : ''}"approvedVersion" IS NOT NULL`

/** Supply lists that count, newest year per college: each college's current 附件1. */
export const LATEST_COUNTED_SUPPLY_LISTS = `
  SELECT DISTINCT ON ("collegeId") id FROM "SupplyList" WHERE ${countedSql()} ORDER BY "collegeId", year DESC`
