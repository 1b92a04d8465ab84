import { Prisma } from '@zhilian/db'
import { z } from 'zod'
import { SessionUserSchema, type SessionUser } from './principal'

/**
 * A hot path that reads the caller's session inside its own statement (the scans, decision 031; the signed-in job
 * detail, decision 114) joins `sessionUserQuery` as the CTE `s` and returns these columns, prefixed so they sit beside
 * its own; `sessionUserFrom` turns them back into the row `principalOf` judges.
 */
export const sessionColumns = Prisma.sql`
  s."id" AS "s_id", s."role" AS "s_role", s."displayName" AS "s_displayName", s."tokenVersion" AS "s_tokenVersion",
  s."deletedAt" AS "s_deletedAt", s."adminDepartment" AS "s_adminDepartment", s."adminCityCode" AS "s_adminCityCode",
  s."adminGroupingId" AS "s_adminGroupingId", s."orgIds" AS "s_orgIds", s."orgRoles" AS "s_orgRoles"`

/**
 * With who disabled the account (decision 074), for a path that must answer a disabled account as `requireAuth` does
 * (the job detail); the scans answer it as a gone account and do not read it.
 */
export const sessionColumnsWithDisabledBy = Prisma.sql`${sessionColumns}, s."disabledBy" AS "s_disabledBy"`

const Prefixed = z.object({
  s_id: z.string().nullable(), s_role: z.string().nullable(), s_displayName: z.string().nullable(), s_tokenVersion: z.number().nullable(),
  s_deletedAt: z.date().nullable(), s_adminDepartment: z.string().nullable(), s_adminCityCode: z.string().nullable(),
  s_adminGroupingId: z.string().nullable(), s_orgIds: z.array(z.string()).nullable(), s_orgRoles: z.array(z.string()).nullable(),
  s_disabledBy: z.string().nullable().optional(),
})

/** The caller's row from a statement's `sessionColumns`, for `principalOf`; undefined when the user is gone. */
export function sessionUserFrom(row: unknown): SessionUser | undefined {
  const p = Prefixed.parse(row)
  if (p.s_id === null) return undefined
  return SessionUserSchema.parse({
    id: p.s_id, role: p.s_role, displayName: p.s_displayName, tokenVersion: p.s_tokenVersion, deletedAt: p.s_deletedAt, disabledBy: p.s_disabledBy ?? null,
    adminDepartment: p.s_adminDepartment, adminCityCode: p.s_adminCityCode, adminGroupingId: p.s_adminGroupingId, orgIds: p.s_orgIds, orgRoles: p.s_orgRoles,
  })
}
