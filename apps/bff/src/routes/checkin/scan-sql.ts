import { Prisma } from '@zhilian/db'
export { sessionUserQuery } from '../../lib/auth/principal'
export { sessionColumns, sessionUserFrom } from '../../lib/auth/session-columns'

/**
 * SQL pieces both scan statements (desk-scan.ts, booth-scan.ts) share, so the session rule reads as in
 * lib/auth/principal.ts: the caller's row with its verified memberships (`sessionUserQuery`), and whether the token still holds.
 */

/** The same test `principalOf` makes, as a condition on the CTE `s`. */
export const sessionHolds = (tokenVersion: number, roles: string[]) =>
  Prisma.sql`(s."deletedAt" IS NULL AND s."tokenVersion" = ${tokenVersion} AND s."role" = ANY(${roles}::text[]))`

/** checkinOpen (decision 014) as a condition on the CTE `e`, at the handler's own clock so both agree. */
export const checkinOpenAt = (now: Date, opensBeforeMs: number) =>
  Prisma.sql`(e."status" IN ('published', 'ongoing') AND e."startsAt" <= ${new Date(now.getTime() + opensBeforeMs)} AND e."endsAt" >= ${now})`
