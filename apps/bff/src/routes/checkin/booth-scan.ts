import { Prisma } from '@zhilian/db'
import { CHECKIN_OPENS_BEFORE_MS } from '@zhilian/shared'
import { MemberRoleSchema } from '@zhilian/shared/contracts/members'
import { kindsWith } from '@zhilian/shared/rules/org-kinds'
import { ORG_ROLE_PERMISSIONS, roleMay, type MemberRole } from '@zhilian/shared/rules/org-roles'
import { z } from 'zod'
import { type Counted, countedCtes, LIMITED_KEYS, WITHIN_LIMITS } from '../../lib/rate-limit'
import type { HotSql } from '../../lib/types'
import type { Scan } from './desk-scan'
import { checkinOpenAt, sessionColumns, sessionHolds, sessionUserFrom, sessionUserQuery } from './scan-sql'

/**
 * Who may scan at the booth (decision 028): the scan shows a visitor's résumé as far as their consent reaches, so it is
 * the `applicants` permission's (owner, manager, hr); a list filler or a read-only member is refused before anything is written.
 */
export const BOOTH_SCAN_PERMISSION = 'applicants' as const
const SCAN_ROLES = (Object.keys(ORG_ROLE_PERMISSIONS) as MemberRole[]).filter((r) => roleMay(r, BOOTH_SCAN_PERMISSION))

const Row = z.object({
  org_id: z.string().nullable(), org_role: MemberRoleSchema.nullable(), may_scan: z.boolean().nullable(), b_id: z.string().nullable(), b_status: z.string().nullable(), b_orgId: z.string().nullable(),
  e_status: z.string().nullable(), e_startsAt: z.date().nullable(), e_endsAt: z.date().nullable(),
  approved_units: z.coerce.number(), owner: z.string().nullable(), student_id: z.string().nullable(), student_displayName: z.string().nullable(),
  visitedAt: z.date().nullable(), consents: z.array(z.string()).nullable(), limited: z.array(z.string()),
})

/**
 * A booth scan in one statement (decision 031): it re-checks the session, finds the caller's verified
 * enterprise with the caller's role in it and its booth at the event — the unit named in `orgId`, else the one whose
 * approved booth is at the event (a member with approved booths for two units there must name one, `approved_units`;
 * decision 095), else the one with any booth there — checks the role may scan
 * (`SCAN_ROLES`), the booth is approved and check-in open (decision 014), claims the code for this booth, records the visit once, and reads the consent texts the
 * student gave this enterprise (decision 026) so the caller can decide the name — and whether the résumé is
 * worth a second read — with `consent.ts`'s rule. It also counts the request by address and user (`counted`,
 * decision 082). Nothing but the counts is written unless every check passed and no count is over its limit.
 */
export async function boothScan(sql: HotSql, q: BoothScanQuery) {
  const rows = await sql(boothScanSql(q), BOOTH_SCAN)
  const row = rows[0]
  return { session: sessionUserFrom(row), ...Row.parse(row) }
}

/** The statement's prepared name (decision 053): its text is the same for every scan, only the parameters differ. */
export const BOOTH_SCAN = 'booth-scan'

export interface BoothScanQuery { userId: string; tokenVersion: number; eventId: string; orgId: string | null; scan: Scan | null; now: Date; counted: Counted }

/** The booth scan's statement; the check-in benchmark's raw-driver baseline runs this same text. */
export function boothScanSql(q: BoothScanQuery): Prisma.Sql {
  const { scan } = q
  return Prisma.sql`
    WITH ${countedCtes(q.counted)},
    s AS (${sessionUserQuery(q.userId)}),
    units AS (
      SELECT o."id", s."orgRoles"[array_position(s."orgIds", o."id")] AS "role",
        s."orgRoles"[array_position(s."orgIds", o."id")] = ANY(${SCAN_ROLES}::text[]) AS "mayScan",
        ub."status" = 'approved' AS "approved"
      FROM "Organization" o JOIN s ON o."id" = ANY(s."orgIds")
        LEFT JOIN "Booth" ub ON ub."orgId" = o."id" AND ub."eventId" = ${q.eventId}
      WHERE o."kind"::text = ANY(${kindsWith('fairs')}::text[]) AND o."verification" = 'verified'
        AND (${q.orgId}::text IS NULL OR o."id" = ${q.orgId}::text)),
    org AS (
      SELECT "id", "role", "mayScan" FROM units WHERE (SELECT count(*) FROM units WHERE "approved") <= 1
      ORDER BY "approved" IS TRUE DESC, ("approved" IS NOT NULL) DESC, "id" LIMIT 1),
    b AS (SELECT b."id", b."status"::text AS "status", b."orgId", 'booth:' || b."id" AS "scanner" FROM "Booth" b JOIN org ON b."orgId" = org."id" WHERE b."eventId" = ${q.eventId}),
    e AS (SELECT "status"::text AS "status", "startsAt", "endsAt" FROM "Event" WHERE "id" = ${q.eventId}),
    claim AS (
      INSERT INTO "CheckinCodeUse" ("nonce", "eventId", "scanner", "expiresAt")
      SELECT ${scan?.nonce ?? ''}::text, ${q.eventId}::text, b."scanner", ${scan?.expiresAt ?? q.now} FROM s, org, b, e
      WHERE ${sessionHolds(q.tokenVersion, ['enterprise'])} AND org."mayScan" AND b."status" = 'approved' AND ${checkinOpenAt(q.now, CHECKIN_OPENS_BEFORE_MS)}
        AND ${scan !== null}::boolean AND ${WITHIN_LIMITS}
      ON CONFLICT ("nonce") DO UPDATE SET "scanner" = "CheckinCodeUse"."scanner"
      RETURNING "scanner"),
    st AS (
      SELECT u."id", u."displayName" FROM "User" u
      WHERE u."id" = ${scan?.studentId ?? ''} AND u."role" = 'student' AND u."deletedAt" IS NULL
        AND EXISTS (SELECT 1 FROM claim JOIN b ON claim."scanner" = b."scanner")),
    v AS (
      INSERT INTO "BoothVisit" ("id", "boothId", "userId")
      SELECT gen_random_uuid()::text, b."id", st."id" FROM b, st
      ON CONFLICT ("boothId", "userId") DO UPDATE SET "boothId" = "BoothVisit"."boothId"
      RETURNING "createdAt")
    SELECT ${sessionColumns}, org."id" AS "org_id", org."role" AS "org_role", org."mayScan" AS "may_scan",
      b."id" AS "b_id", b."status" AS "b_status", b."orgId" AS "b_orgId",
      e."status" AS "e_status", e."startsAt" AS "e_startsAt", e."endsAt" AS "e_endsAt",
      (SELECT count(*) FROM units WHERE "approved") AS "approved_units", (SELECT "scanner" FROM claim) AS "owner",
      st."id" AS "student_id", st."displayName" AS "student_displayName",
      (SELECT "createdAt" FROM v) AS "visitedAt",
      ARRAY(SELECT a."consentText" FROM "Application" a JOIN "Job" j ON j."id" = a."jobId"
        WHERE a."studentUserId" = st."id" AND j."orgId" = b."orgId" AND a."status" <> 'withdrawn') AS "consents",
      ${LIMITED_KEYS}
    FROM (SELECT 1) one
      LEFT JOIN s ON true LEFT JOIN org ON true LEFT JOIN b ON true LEFT JOIN e ON true LEFT JOIN st ON true`
}
