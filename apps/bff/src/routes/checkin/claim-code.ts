import { Prisma } from '@zhilian/db'
import { AppError } from '@zhilian/shared'
import type { HotSql } from '../../lib/types'

/**
 * A student's code is good for one scanner (decision 014): the first desk or booth to scan it owns it until it
 * expires. The same scanner may scan it again (a double tap answers 已签到); any other gets this 409, so a code
 * photographed at one booth cannot be replayed at the next within its minute. The scan statements
 * (desk-scan.ts, booth-scan.ts) claim it by insert-if-absent, which decides races between two scanners.
 */
export function assertCodeOwner(owner: string | null, scanner: string) {
  if (owner !== scanner) {
    throw new AppError('CONFLICT', { userMessage: '该签到码已在其他位置使用，请让同学刷新签到码后重新出示', internal: `code owned by ${owner}` })
  }
}

export const deskScanner = (eventId: string) => `desk:${eventId}`
export const boothScanner = (boothId: string) => `booth:${boothId}`

/**
 * Claims are swept a minute after their code expired. A sweep on every scan made every scan a second write
 * contending for the same expired rows; one scan in a hundred, off the request's path, keeps the table to a
 * few minutes of codes just as well. It runs on the hot driver, as the counters' sweep does: through Prisma it was
 * the scan path's only Prisma call, 550–1,260 µs of CPU a sweep against 140–350 (decision 086).
 */
export function maybeSweepClaims(sql: HotSql, now = Date.now()) {
  if (Math.random() < 0.01) void sweepClaims(sql, now).catch(() => undefined)
}

export async function sweepClaims(sql: HotSql, now = Date.now()): Promise<void> {
  await sql(Prisma.sql`DELETE FROM "CheckinCodeUse" WHERE "expiresAt" < ${new Date(now - 60_000)}`)
}
