/**
 * For the forced race tests on PostgreSQL: waits, by polling pg_stat_activity (no clock in any assertion), until
 * `count` statements of the test's database wait for a lock — the point where a test knows its requests are parked
 * where it put them. Only test files import this.
 */
import { openDatabase } from '@zhilian/db'
import type { Harness } from './harness'

export async function waitForLockWaiters(h: Harness, count: number, what = 'lock'): Promise<void> {
  for (let i = 0; i < 3000; i++) {
    const [row] = await h.prisma.$queryRaw<{ waiting: bigint }[]>`
      SELECT count(*) AS "waiting" FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock' AND (${what} = 'lock' OR wait_event = ${what})`
    if (Number(row?.waiting ?? 0) >= count) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`fewer than ${count} statements came to wait for ${what}`)
}

/**
 * Takes `lock` (SQL such as a table lock or an advisory lock) in a transaction of a third connection and answers the
 * function that lets go: it ends that transaction and closes the connection.
 */
export async function holdLock(h: Harness, lock: string): Promise<() => Promise<void>> {
  if (!h.db.url) throw new Error('holdLock: PostgreSQL only')
  const holder = await openDatabase({ url: h.db.url })
  let release = () => {}
  const released = new Promise<void>((resolve) => { release = resolve })
  let locked = () => {}
  const isLocked = new Promise<void>((resolve) => { locked = resolve })
  const holding = holder.prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(lock)
    locked()
    await released
  }, { timeout: 120_000, maxWait: 120_000 })
  await Promise.race([isLocked, holding])
  return async () => {
    release()
    await holding.finally(() => holder.close())
  }
}
