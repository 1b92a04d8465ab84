import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backup, restore } from './backup'
import { openDatabase, type DbHandle } from './client'
import { testServerUrl } from './env'
import { createEvent, createJob, createStudent } from './factories'

const tmp = await mkdtemp(path.join(os.tmpdir(), 'zhilian-backup-'))
const sourceDir = path.join(tmp, 'source')
let source: DbHandle
let pendingReminders = 0

/** Per table: its row count and a digest of its rows as text, in one fixed order; Reminder.jobId is left out. */
async function fingerprint(db: DbHandle): Promise<Record<string, string>> {
  await db.prisma.$executeRawUnsafe(`SET TimeZone = 'UTC'`)
  await db.prisma.$executeRawUnsafe(`SET DateStyle = 'ISO, YMD'`)
  const tables = await db.prisma.$queryRaw<{ tablename: string }[]>`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`
  const out: Record<string, string> = {}
  for (const { tablename } of tables) {
    const row = tablename === 'Reminder' ? `(to_jsonb(t) - 'jobId')::text` : 't::text'
    const [digest] = await db.prisma.$queryRawUnsafe<{ n: bigint; md5: string | null }[]>(`SELECT count(*) AS n, md5(string_agg(${row}, '|' ORDER BY ${row})) AS md5 FROM "${tablename}" t`)
    out[tablename] = `${digest!.n}:${digest!.md5}`
  }
  return out
}

beforeAll(async () => {
  source = await openDatabase({ dataDir: sourceDir, migrate: true })
  // Values that test the quoting: quotes, backslashes, semicolons and newlines, emoji, JSON, arrays, nulls.
  const student = await createStudent(source.prisma, { user: { displayName: `O'Brien \\ 😀 ;\n-- not a comment` }, profile: { skills: ['PLC编程', "it's", 'a,b', '{braces}', 'back\\slash'], intro: null } })
  await createJob(source.prisma, { title: '数控车工；"引号"\ttab' })
  const event = await createEvent(source.prisma)
  await source.prisma.reminder.create({
    data: { userId: student.id, templateKey: 'event_starting', payload: { title: "双选会 'x'", n: 1.5, list: [1, null, 'a'] }, sendAt: new Date(Date.now() + 86_400_000), dedupeKey: `event:${event.id}:24h`, subject: `event:${event.id}`, jobId: '3f1d9c2e-0000-4000-8000-000000000001' },
  })
  pendingReminders = 1
}, 120_000)
afterAll(async () => {
  await source?.close()
  await rm(tmp, { recursive: true, force: true })
})

describe('npm run backup / npm run restore', () => {
  it('writes one SQL file that restores into an empty PGlite folder, every row as it was', async () => {
    const file = path.join(tmp, 'one.sql')
    await source.close()
    const summary = await backup({ dataDir: sourceDir }, file)
    source = await openDatabase({ dataDir: sourceDir })
    expect(summary.rows).toBeGreaterThan(100)
    const sql = readFileSync(file, 'utf8')
    expect(sql).toMatch(/^-- 职链齐鲁 backup/)
    expect(sql.trimEnd().endsWith('COMMIT;')).toBe(true)

    const target = path.join(tmp, 'restored')
    await restore({ dataDir: target }, file)
    const restored = await openDatabase({ dataDir: target })
    try {
      expect(await fingerprint(restored)).toEqual(await fingerprint(source))
      // The queue is not in the backup: pending reminders wait for the relay again.
      expect(await restored.prisma.reminder.count({ where: { status: 'pending', jobId: null } })).toBe(pendingReminders)
      // Restoring over data is refused.
      await expect(restore({ dataDir: target }, file)).rejects.toThrow(/not empty/)
    } finally {
      await restored.close()
    }
  }, 180_000)

  it.runIf(testServerUrl())('restores the same file on PostgreSQL, and a backup taken there restores on PGlite', async () => {
    const server = testServerUrl()!
    const name = `trusta_restore_${randomBytes(5).toString('hex')}`
    const admin = new pg.Client({ connectionString: server })
    await admin.connect()
    await admin.query(`CREATE DATABASE "${name}"`)
    const url = Object.assign(new URL(server), { pathname: `/${name}` }).toString()
    try {
      const file = path.join(tmp, 'to-postgres.sql')
      await source.close()
      await backup({ dataDir: sourceDir }, file)
      source = await openDatabase({ dataDir: sourceDir })
      await restore({ url }, file)
      const onPostgres = await openDatabase({ url })
      try {
        expect(await fingerprint(onPostgres)).toEqual(await fingerprint(source))
      } finally {
        await onPostgres.close()
      }
      const back = path.join(tmp, 'from-postgres.sql')
      await backup({ url }, back)
      await restore({ dataDir: path.join(tmp, 'back-on-pglite') }, back)
      const roundTrip = await openDatabase({ dataDir: path.join(tmp, 'back-on-pglite') })
      try {
        expect(await fingerprint(roundTrip)).toEqual(await fingerprint(source))
      } finally {
        await roundTrip.close()
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await admin.end()
    }
  }, 240_000)
})
