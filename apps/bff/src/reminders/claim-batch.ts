import { z } from 'zod'
import type { Db } from '../lib/types'
import { TEMPLATE_IDS, type ReminderPayload } from './templates'

const TEMPLATE_JSON = JSON.stringify(TEMPLATE_IDS)

const RowSchema = z.object({
  reminderId: z.string(),
  /** The row's status before this statement; null when the row is gone. */
  before: z.string().nullable(),
  claimed: z.boolean(),
  userId: z.string().nullable(),
  templateKey: z.string().nullable(),
  payload: z.unknown(),
  attempts: z.number().nullable(),
  sendKey: z.string().nullable(),
  openid: z.string().nullable(),
  gone: z.boolean(),
  credit: z.number().nullable(),
})

export interface Claimed {
  id: string
  userId: string
  templateKey: string
  payload: ReminderPayload
  attempts: number
  /** Set when an earlier attempt began a WeChat send and nobody recorded how it ended. */
  sendKey: string | null
  /** Read in the claim statement: the user's openid, whether they are gone, their credit for the template. */
  openid: string | null
  gone: boolean
  credit: number | null
}

/**
 * One statement for a whole batch (decision 031): claims every row that is free (or whose claim outlived the
 * lease) and reads what sending needs, and tells, for each row it could not claim, what it was: finished,
 * dropped or deleted (nothing to do), or held by another worker (try again later).
 */
export async function claimBatch(db: Db, ids: string[], leaseSeconds: number) {
  const rows = await db.$queryRaw<unknown[]>`
    WITH claimed AS (
      UPDATE "Reminder" SET "status" = 'sending', "claimedAt" = now(), "attempts" = "attempts" + 1
      WHERE "id" = ANY(${ids}::text[]) AND ("status" = 'pending'
        OR ("status" = 'sending' AND "claimedAt" < now() - ${leaseSeconds}::int * interval '1 second'))
      RETURNING "id", "userId", "templateKey", "payload", "attempts", "sendKey")
    SELECT x."id" AS "reminderId", r."status"::text AS "before", c."id" IS NOT NULL AS "claimed", c."userId", c."templateKey",
      c."payload", c."attempts", c."sendKey", u."openid", (u."id" IS NULL OR u."deletedAt" IS NOT NULL) AS "gone", sc."remaining" AS "credit"
    FROM unnest(${ids}::text[]) AS x("id")
    LEFT JOIN "Reminder" r ON r."id" = x."id"
    LEFT JOIN claimed c ON c."id" = x."id"
    LEFT JOIN "User" u ON u."id" = c."userId"
    LEFT JOIN "SubscriptionCredit" sc ON sc."userId" = c."userId" AND sc."templateId" = (${TEMPLATE_JSON}::jsonb ->> c."templateKey")`
  const claimed = new Map<string, Claimed>()
  /** Unclaimed rows: true when another worker may hold them (pending or sending when we looked). */
  const held = new Map<string, { again: boolean; row: string }>()
  for (const raw of rows) {
    const r = RowSchema.parse(raw)
    if (r.claimed) {
      claimed.set(r.reminderId, {
        id: r.reminderId, userId: r.userId!, templateKey: r.templateKey!, payload: r.payload as ReminderPayload, attempts: r.attempts!,
        sendKey: r.sendKey, openid: r.openid, gone: r.gone, credit: r.credit,
      })
    } else {
      const busy = r.before === 'sending' || r.before === 'pending'
      held.set(r.reminderId, { again: busy, row: busy ? 'sending' : (r.before ?? 'deleted') })
    }
  }
  return { claimed, held }
}
