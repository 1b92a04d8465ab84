import { Prisma } from '@zhilian/db'
import { CHECKIN_OPENS_BEFORE_MS } from '@zhilian/shared'
import { z } from 'zod'
import { type Counted, countedCtes, LIMITED_KEYS, WITHIN_LIMITS } from '../../lib/rate-limit'
import type { HotSql } from '../../lib/types'
import { organisesSql } from '../../events/event-access'
import { deskScanner } from './claim-code'
import { checkinOpenAt, sessionColumns, sessionHolds, sessionUserFrom, sessionUserQuery } from './scan-sql'

/** A verified code's claim; null when the code did not verify, so the statement only reads (for the error order). */
export interface Scan { studentId: string; nonce: string; expiresAt: Date }

const Row = z.object({
  e_id: z.string().nullable(), e_status: z.string().nullable(), e_startsAt: z.date().nullable(), e_endsAt: z.date().nullable(),
  organises: z.boolean().nullable(), owner: z.string().nullable(), registered: z.boolean(), checkedInAt: z.date().nullable(),
  firstTime: z.boolean(), student_id: z.string().nullable(), student_displayName: z.string().nullable(),
  limited: z.array(z.string()),
})

/**
 * A desk scan in one statement (decision 031): it re-checks the session (user, token version, role, verified
 * memberships), that the caller organises the event (`organisesSql`, the SQL rendering of events/event-access.ts's one
 * organiser rule) and that check-in is open (decision 014), claims the code for this desk (insert-if-absent; a
 * conflict returns the first scanner's claim, even one committed meanwhile), and checks the student in.
 * The registration is read `FOR UPDATE` before the conditional update, so of two scans racing exactly one
 * sees it empty and is the first time, and the other reads that time. It also counts the request by address and
 * user (`counted`, decision 082). Nothing but the counts is written unless every check passed and no count is over
 * its limit; the caller turns the returned facts into the same errors, in the same order, as before.
 */
export async function deskScan(sql: HotSql, q: DeskScanQuery) {
  const rows = await sql(deskScanSql(q), DESK_SCAN)
  const row = rows[0]
  return { session: sessionUserFrom(row), ...Row.parse(row), scanner: deskScanner(q.eventId) }
}

/** The statement's prepared name (decision 053): its text is the same for every scan, only the parameters differ. */
export const DESK_SCAN = 'desk-scan'

export interface DeskScanQuery { userId: string; tokenVersion: number; roles: string[]; eventId: string; scan: Scan | null; now: Date; counted: Counted }

/** The desk scan's statement; the check-in benchmark's raw-driver baseline runs this same text. */
export function deskScanSql(q: DeskScanQuery): Prisma.Sql {
  const scanner = deskScanner(q.eventId)
  const { scan } = q
  return Prisma.sql`
    WITH ${countedCtes(q.counted)},
    s AS (${sessionUserQuery(q.userId)}),
    e AS (SELECT "id", "status"::text AS "status", "startsAt", "endsAt", "organizerOrgId", "organizerGroupingId", "cityCode", "createdByUserId"
      FROM "Event" WHERE "id" = ${q.eventId}),
    o AS (
      SELECT ${organisesSql} AS "organises",
        ${sessionHolds(q.tokenVersion, q.roles)} AND ${checkinOpenAt(q.now, CHECKIN_OPENS_BEFORE_MS)} AS "open"
      FROM s JOIN e ON true),
    claim AS (
      INSERT INTO "CheckinCodeUse" ("nonce", "eventId", "scanner", "expiresAt")
      SELECT ${scan?.nonce ?? ''}::text, ${q.eventId}::text, ${scanner}::text, ${scan?.expiresAt ?? q.now} FROM o WHERE o."open" AND o."organises" AND ${scan !== null}::boolean AND ${WITHIN_LIMITS}
      ON CONFLICT ("nonce") DO UPDATE SET "scanner" = "CheckinCodeUse"."scanner"
      RETURNING "scanner"),
    r AS (
      SELECT "checkedInAt" FROM "EventRegistration"
      WHERE "eventId" = ${q.eventId} AND "userId" = ${scan?.studentId ?? ''} AND EXISTS (SELECT 1 FROM claim WHERE "scanner" = ${scanner})
      FOR UPDATE),
    u AS (
      UPDATE "EventRegistration" reg SET "checkedInAt" = ${q.now} FROM r
      WHERE reg."eventId" = ${q.eventId} AND reg."userId" = ${scan?.studentId ?? ''} AND r."checkedInAt" IS NULL
      RETURNING reg."checkedInAt")
    SELECT ${sessionColumns},
      e."id" AS "e_id", e."status" AS "e_status", e."startsAt" AS "e_startsAt", e."endsAt" AS "e_endsAt", o."organises",
      (SELECT "scanner" FROM claim) AS "owner",
      EXISTS (SELECT 1 FROM r) AS "registered",
      COALESCE((SELECT "checkedInAt" FROM u), (SELECT "checkedInAt" FROM r)) AS "checkedInAt",
      EXISTS (SELECT 1 FROM u) AS "firstTime",
      st."id" AS "student_id", st."displayName" AS "student_displayName", ${LIMITED_KEYS}
    FROM (SELECT 1) one
      LEFT JOIN s ON true LEFT JOIN e ON true LEFT JOIN o ON true
      LEFT JOIN "User" st ON st."id" = ${scan?.studentId ?? ''} AND EXISTS (SELECT 1 FROM r)`
}
