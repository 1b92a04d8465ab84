import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DbHandle } from './client'
import { Prisma } from '../generated/client/client'
import { testServerUrl } from './env'
import { createTestDb } from './test-db'

/** The hot statements' runner reads and writes `timestamp` as UTC, as Prisma does, whatever the process's zone. */
let db: DbHandle
const zone = process.env.TZ
beforeAll(async () => {
  process.env.TZ = 'Asia/Shanghai' // UTC+8: a local-time reading or writing would be eight hours off
  db = await createTestDb()
}, 180_000)
afterAll(async () => {
  process.env.TZ = zone
  await db.close()
})

describe('hotSql', () => {
  it('reads a timestamp as UTC and writes a Date parameter as its UTC wall time', async () => {
    const at = new Date('2026-12-05T09:44:40.123Z')
    const [row] = await db.hotSql(Prisma.sql`SELECT '2026-12-05 09:44:40.123'::timestamp AS "read", ${at}::timestamp AS "sent",
      to_char(${at}::timestamp, 'YYYY-MM-DD HH24:MI:SS.MS') AS "stored", ${['a', 'b']}::text[] AS "list", json_build_object('n', 1) AS "json"`)
    expect(row).toEqual({ read: at, sent: at, stored: '2026-12-05 09:44:40.123', list: ['a', 'b'], json: { n: 1 } })
  })

  it('runs a named statement as prepared, with each call\'s own parameters', async () => {
    const named = (n: number, at: Date) => Prisma.sql`SELECT ${n}::int + 1 AS "next", ${at}::timestamp AS "at"`
    const times = [new Date('2026-12-05T09:44:40.123Z'), new Date('2026-12-06T01:02:03.004Z')]
    // More calls than the pool has connections, and past the five custom plans after which PostgreSQL may keep a generic one.
    const rows = await Promise.all(Array.from({ length: 24 }, (_, i) => db.hotSql(named(i, times[i % 2]!), 'hot-sql-test-next')))
    expect(rows.map(([row]) => row)).toEqual(Array.from({ length: 24 }, (_, i) => ({ next: i + 1, at: times[i % 2] })))
  })

  // PGlite has no JIT to turn off (it reports the setting as on, with no compiler to run).
  it.skipIf(!testServerUrl())('runs without JIT on PostgreSQL, the hot statements and Prisma alike', async () => {
    const [row] = await db.hotSql(Prisma.sql`SELECT current_setting('jit') AS "jit"`)
    expect(row).toEqual({ jit: 'off' })
    const [viaPrisma] = await db.prisma.$queryRaw<{ jit: string }[]>`SELECT current_setting('jit') AS "jit"`
    expect(viaPrisma).toEqual({ jit: 'off' })
  })

  // Decision 062: a named statement is planned once, generically; Prisma's and the unnamed statements keep
  // PostgreSQL's default, which plans each call for its parameters (forced generic there made recommendations 7× slower).
  it.skipIf(!testServerUrl())('runs named statements with one generic plan and leaves the rest to PostgreSQL\'s default', async () => {
    const mode = Prisma.sql`SELECT current_setting('plan_cache_mode') AS "mode"`
    expect(await db.hotSql(mode, 'hot-sql-test-mode')).toEqual([{ mode: 'force_generic_plan' }])
    expect(await db.hotSql(mode)).toEqual([{ mode: 'auto' }])
    expect(await db.prisma.$queryRaw`SELECT current_setting('plan_cache_mode') AS "mode"`).toEqual([{ mode: 'auto' }])
  })
})
