import { Prisma } from '@zhilian/db'
import { AppError } from '@zhilian/shared'
import { AdminDepartment, OrgRole, Role } from '@zhilian/shared/contracts/enums'
import { z } from 'zod'
import { adminScopeOf } from '../admin-scope'
import { type Counted, countedCtes, LIMITED_KEYS, NOTHING_COUNTED } from '../rate-limit/counters'
import type { HotSql, Principal, RoleName } from '../types'
import type { SessionPayload } from './session'

/**
 * The user behind a session, as one statement reads it (decision 031): the user row and its verified
 * memberships in one round trip, where Prisma without relation joins sends two. Every authenticated request
 * runs it, so revocation (tokenVersion), deletion, role changes and membership reviews count at once, in every
 * process on the database, with no cache to invalidate.
 */
export const SessionUserSchema = z.object({
  id: z.string(),
  role: Role.schema,
  displayName: z.string(),
  tokenVersion: z.number().int(),
  deletedAt: z.date().nullable(),
  /** Who disabled the account (decision 074), in words; null unless an administrator disabled it. Scan statements do not read it. */
  disabledBy: z.string().nullable().default(null),
  adminDepartment: AdminDepartment.schema.nullable(),
  adminCityCode: z.string().nullable(),
  adminGroupingId: z.string().nullable(),
  orgIds: z.array(z.string()),
  /** Each membership's effective role (decision 028), in `orgIds`' order. */
  orgRoles: z.array(z.union([z.literal('owner'), OrgRole.schema])),
})
export type SessionUser = z.infer<typeof SessionUserSchema>

/** The statement's SELECT, also a CTE of the scan statements (routes/checkin/scan-sql.ts). */
export const sessionUserQuery = (userId: string) => Prisma.sql`
  SELECT u."id", u."role"::text AS "role", u."displayName", u."tokenVersion", u."deletedAt", u."disabledBy",
    u."adminDepartment"::text AS "adminDepartment", u."adminCityCode", u."adminGroupingId",
    ARRAY(SELECT m."orgId" FROM "Membership" m WHERE m."userId" = u."id" AND m."status" = 'verified' ORDER BY m."createdAt", m."id") AS "orgIds",
    ARRAY(SELECT CASE WHEN m."isOwner" THEN 'owner' ELSE m."orgRole"::text END FROM "Membership" m
      WHERE m."userId" = u."id" AND m."status" = 'verified' ORDER BY m."createdAt", m."id") AS "orgRoles"
  FROM "User" u WHERE u."id" = ${userId}`

/**
 * The statements' prepared names (decision 053): every authenticated request sends one of these two texts with the
 * same parameters, so a plan kept per connection is the plan each call would get.
 */
const SESSION_USER_STATEMENT = 'session-user'
const SESSION_USER_COUNTED_STATEMENT = 'session-user-counted'

const Limited = z.object({ limited: z.array(z.string()) })

/**
 * The caller's row, and the keys of `counted` now over their limit. A counted request (a write, a search) counts its
 * user in this same statement (decision 105): its own statement for the count had been a round trip of its own on
 * every signed-in write and search. The count is made whether or not the row still allows the session, as the
 * scans' statements make theirs; `principalOf` decides first, the limit after.
 */
export async function loadSessionUser(sql: HotSql, userId: string, counted: Counted = NOTHING_COUNTED): Promise<{ user: SessionUser | undefined; limited: string[] }> {
  if (counted.keys.length === 0) {
    const rows = await sql(sessionUserQuery(userId), SESSION_USER_STATEMENT)
    return { user: rows.length ? SessionUserSchema.parse(rows[0]) : undefined, limited: [] }
  }
  const rows = await sql(Prisma.sql`
    WITH ${countedCtes(counted)}, s AS (${sessionUserQuery(userId)})
    SELECT s.*, ${LIMITED_KEYS} FROM (SELECT 1) AS one LEFT JOIN s ON true`, SESSION_USER_COUNTED_STATEMENT)
  const row = rows[0] as { id: string | null } | undefined
  return { user: row?.id ? SessionUserSchema.parse(row) : undefined, limited: Limited.parse(row).limited }
}

/**
 * A disabled administrator's session or sign-in (decision 074): its own code, and whom to ask, rather than the erased
 * account's 「账号不存在或已注销」.
 */
export const accountDisabled = (disabledBy: string) =>
  new AppError('ACCOUNT_DISABLED', { userMessage: `您的账号已被${disabledBy}停用，如需继续使用，请联系其重新启用`, internal: 'account disabled' })

/**
 * The one set of session rules, whoever read the row (this module, or a hot path's own statement): the user
 * exists, the token's version is current, the role is one the route admits. Answers the principal.
 */
export function principalOf(user: SessionUser | undefined, payload: SessionPayload, roles: RoleName[]): Principal {
  if (user?.deletedAt && user.disabledBy) throw accountDisabled(user.disabledBy)
  if (!user || user.deletedAt) throw new AppError('UNAUTHENTICATED', { userMessage: '账号不存在或已注销', internal: 'user gone' })
  if (user.tokenVersion !== payload.tv) throw new AppError('SESSION_EXPIRED', { internal: 'token version revoked' })
  if (roles.length > 0 && !roles.includes(user.role)) {
    throw new AppError('FORBIDDEN', { internal: `role ${user.role} not in ${roles.join(',')}` })
  }
  return {
    id: user.id, role: user.role, displayName: user.displayName, orgIds: user.orgIds,
    orgRoles: Object.fromEntries(user.orgIds.map((orgId, i) => [orgId, user.orgRoles[i] ?? 'viewer'])),
    adminScope: user.role === 'admin' ? adminScopeOf(user) : null,
  }
}
