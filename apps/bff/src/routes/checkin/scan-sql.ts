import { Prisma } from '@zhilian/db'
import { z } from 'zod'
import { SessionUserSchema, type SessionUser } from '../../lib/auth'
export { sessionUserQuery } from '../../lib/auth/principal'

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

/** The session columns the statements return, prefixed so they sit beside the event's and the scan's. */
export const sessionColumns = Prisma.sql`
  s."id" AS "s_id", s."role" AS "s_role", s."displayName" AS "s_displayName", s."tokenVersion" AS "s_tokenVersion",
  s."deletedAt" AS "s_deletedAt", s."adminDepartment" AS "s_adminDepartment", s."adminCityCode" AS "s_adminCityCode",
  s."adminGroupingId" AS "s_adminGroupingId", s."orgIds" AS "s_orgIds", s."orgRoles" AS "s_orgRoles"`

const Prefixed = z.object({
  s_id: z.string().nullable(), s_role: z.string().nullable(), s_displayName: z.string().nullable(), s_tokenVersion: z.number().nullable(),
  s_deletedAt: z.date().nullable(), s_adminDepartment: z.string().nullable(), s_adminCityCode: z.string().nullable(),
  s_adminGroupingId: z.string().nullable(), s_orgIds: z.array(z.string()).nullable(), s_orgRoles: z.array(z.string()).nullable(),
})

/** The caller's row from a scan statement's `sessionColumns`, for `principalOf`; undefined when the user is gone. */
export function sessionUserFrom(row: unknown): SessionUser | undefined {
  const p = Prefixed.parse(row)
  if (p.s_id === null) return undefined
  return SessionUserSchema.parse({
    id: p.s_id, role: p.s_role, displayName: p.s_displayName, tokenVersion: p.s_tokenVersion, deletedAt: p.s_deletedAt,
    adminDepartment: p.s_adminDepartment, adminCityCode: p.s_adminCityCode, adminGroupingId: p.s_adminGroupingId, orgIds: p.s_orgIds, orgRoles: p.s_orgRoles,
  })
}
