import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { testServerUrl } from './env'
import { applyMigrations, databaseDiff, pendingSchemaDiff, readMigrations } from './migrate'
import { openPglite } from './pglite'

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

  it('applied to a fresh database leave no diff against schema.prisma', async () => {
    const server = testServerUrl()
    if (server) {
      const name = `zl_t_diff_${randomBytes(4).toString('hex')}`
      const admin = new pg.Client({ connectionString: server })
      await admin.connect()
      await admin.query(`CREATE DATABASE "${name}"`)
      try {
        const url = Object.assign(new URL(server), { pathname: `/${name}` }).toString()
        expect((await applyMigrations({ url })).length).toBe((await readMigrations()).migrationDirectories.length)
        expect(await databaseDiff({ url })).toBe('')
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        await admin.end()
      }
    } else {
      const pglite = await openPglite()
      try {
        expect((await applyMigrations({ pglite })).length).toBe((await readMigrations()).migrationDirectories.length)
        expect(await databaseDiff({ pglite })).toBe('')
        expect(await applyMigrations({ pglite })).toEqual([])
      } finally {
        await pglite.close()
      }
    }
  })
})
