import type { Db } from '../lib/types'

/** What one attempt came to for one row, as the mark statement records it. */
export interface Mark {
  id: string
  attempts: number
  /** Final status, or 'pending' for pg-boss's next try. */
  status: 'sent' | 'refused' | 'failed' | 'skipped' | 'pending'
  error: string | null
  /** Back to pending with the send key cleared: WeChat certainly sent nothing. */
  clearKey: boolean
  /** Spends one credit of (user, template); `refused` empties the balance (WeChat's 43101). */
  spend: boolean
  refused: boolean
  templateId: string
  inbox: { title: string; body: string; link: string | null } | null
}

/**
 * One statement marks a set of rows (decision 031), each fenced to its claim (status 'sending' and its attempt
 * number), spends their credits and writes their inbox messages, so all of it commits together. Credits are
 * counted per (user, template) over the set, with the balance read under a row lock: two messages of one user
 * in the set spend two credits, never one, and never more than the balance held. Each spent credit writes a −1
 * entry naming its reminder; a refusal writes what was left, so the balance always equals its entries.
 */
export async function markBatch(db: Db, marks: Mark[]) {
  if (!marks.length) return
  const input = JSON.stringify(marks.map((m) => ({
    id: m.id, attempts: m.attempts, status: m.status, error: m.error, pending: m.status === 'pending', clearKey: m.clearKey,
    spend: m.spend, refused: m.refused, templateId: m.templateId, inbox: m.inbox !== null,
    title: m.inbox?.title ?? '', body: m.inbox?.body ?? '', link: m.inbox?.link ?? null,
  })))
  await db.$executeRaw`
    WITH i AS (
      SELECT * FROM jsonb_to_recordset(${input}::jsonb) AS x("id" text, "attempts" int, "status" text, "error" text, "pending" boolean,
        "clearKey" boolean, "spend" boolean, "refused" boolean, "templateId" text, "inbox" boolean, "title" text, "body" text, "link" text)),
    marked AS (
      UPDATE "Reminder" r SET "status" = i."status"::"ReminderStatus", "lastError" = i."error",
        "sentAt" = CASE WHEN i."status" = 'sent' THEN now() END,
        "claimedAt" = CASE WHEN i."pending" THEN NULL ELSE r."claimedAt" END,
        "sendKey" = CASE WHEN i."clearKey" THEN NULL ELSE r."sendKey" END
      FROM i WHERE r."id" = i."id" AND r."status" = 'sending' AND r."attempts" = i."attempts"
      RETURNING r."id", r."userId"),
    uses AS (
      SELECT m."userId", i."templateId", i."id" AS "reminderId", i."spend", i."refused"
      FROM marked m JOIN i ON i."id" = m."id" WHERE i."spend" OR i."refused"),
    groups AS (
      SELECT "userId", "templateId", count(*) FILTER (WHERE "spend")::int AS "n", bool_or("refused") AS "refused", min("reminderId") FILTER (WHERE "refused") AS "refusedBy"
      FROM uses GROUP BY "userId", "templateId"),
    locked AS (
      SELECT sc."id", sc."remaining" FROM "SubscriptionCredit" sc
      WHERE sc."remaining" > 0 AND (sc."userId", sc."templateId") IN (SELECT "userId", "templateId" FROM groups)
      FOR UPDATE),
    moved AS (
      UPDATE "SubscriptionCredit" sc SET "updatedAt" = now(),
        "remaining" = CASE WHEN g."refused" THEN 0 ELSE GREATEST(l."remaining" - g."n", 0) END
      FROM locked l, groups g WHERE sc."id" = l."id" AND g."userId" = sc."userId" AND g."templateId" = sc."templateId"
      RETURNING sc."userId", sc."templateId", l."remaining" AS "old", g."n", g."refused", g."refusedBy"),
    spent AS (
      SELECT u."userId", u."templateId", u."reminderId", m."old",
        row_number() OVER (PARTITION BY u."userId", u."templateId" ORDER BY u."reminderId") AS "k"
      FROM uses u JOIN moved m ON m."userId" = u."userId" AND m."templateId" = u."templateId" WHERE u."spend"),
    ledger AS (
      INSERT INTO "SubscriptionCreditEntry" ("id", "userId", "templateId", "delta", "reason", "reminderId")
      SELECT gen_random_uuid()::text, "userId", "templateId", -1, 'sent', "reminderId" FROM spent WHERE "k" <= "old"
      UNION ALL
      SELECT gen_random_uuid()::text, "userId", "templateId", -("old" - LEAST("old", "n")), 'refused', "refusedBy" FROM moved
      WHERE "refused" AND "old" > "n"
      RETURNING 1)
    INSERT INTO "InboxMessage" ("id", "userId", "title", "body", "link")
    SELECT gen_random_uuid()::text, m."userId", i."title", i."body", i."link" FROM marked m JOIN i ON i."id" = m."id" WHERE i."inbox"`
}
