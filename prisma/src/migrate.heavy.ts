import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { testServerUrl } from './env'
import { applyMigrations, databaseDiff, pendingSchemaDiff, readMigrations, resetDatabase, type MigrationTarget } from './migrate'
import { openPglite } from './pglite'

/** An empty database on the test server (DATABASE_URL) or in memory, with a way to run SQL on it. */
async function emptyDatabase(): Promise<{ target: MigrationTarget; exec(sql: string): Promise<unknown>; drop(): Promise<void> }> {
  const server = testServerUrl()
  if (!server) {
    const pglite = await openPglite()
    return { target: { pglite }, exec: (sql) => pglite.query(sql), drop: () => pglite.close() }
  }
  const name = `zl_t_diff_${randomBytes(4).toString('hex')}`
  const url = Object.assign(new URL(server), { pathname: `/${name}` }).toString()
  const admin = new pg.Client({ connectionString: server })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  return {
    target: { url },
    async exec(sql) {
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      try { return await client.query(sql) } finally { await client.end() }
    },
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await admin.end()
    },
  }
}

describe('migrations', () => {
  it('are in the standard layout with a lockfile', async () => {
    const list = await readMigrations()
    expect(list.lockfile.content).toContain('provider = "postgresql"')
    expect(list.migrationDirectories.length).toBeGreaterThan(0)
    for (const dir of list.migrationDirectories) {
      expect(dir.path).toMatch(/^\d{14}_[a-z0-9_]+$/)
      expect(dir.migrationFile.content.tag).toBe('ok')
    }
  })

  it('replayed on a shadow database reproduce schema.prisma exactly', async () => {
    expect(await pendingSchemaDiff()).toBe('')
  })

  it('applied to a fresh database leave no diff against schema.prisma, and drift shows', async () => {
    const db = await emptyDatabase()
    try {
      const applied = await applyMigrations(db.target)
      expect(applied).toEqual((await readMigrations()).migrationDirectories.map((d) => d.path))
      expect(await databaseDiff(db.target)).toBe('')
      expect(await applyMigrations(db.target)).toEqual([])
      await db.exec('ALTER TABLE "AuditLog" DROP COLUMN "diff"')
      expect(await databaseDiff(db.target)).toMatch(/ALTER TABLE "AuditLog" ADD COLUMN\s+"diff" JSONB NOT NULL/)
    } finally {
      await db.drop()
    }
  })

  it('reset empties the database and applies every migration again', async () => {
    const db = await emptyDatabase()
    try {
      await applyMigrations(db.target)
      await db.exec(`INSERT INTO "City" (adcode, name, circle, lon, lat) VALUES ('370300', '淄博市', '省会经济圈', 118.05, 36.78)`)
      await db.exec('CREATE TABLE stray (id int)')
      const applied = await resetDatabase(db.target)
      expect(applied).toEqual((await readMigrations()).migrationDirectories.map((d) => d.path))
      expect(await databaseDiff(db.target)).toBe('')
      const rows = (await db.exec('SELECT count(*)::int AS n FROM "City"')) as { rows: { n: number }[] }
      expect(rows.rows[0]?.n).toBe(0)
    } finally {
      await db.drop()
    }
  })
})
