/**
 * An empty, migrated benchmark database: dropped (with anything connected to it, and any schema a
 * library created beside ours, such as pg-boss's) and created again, so each run starts the same.
 */
import { applyMigrations } from '@zhilian/db'
import pg from 'pg'

export async function freshDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1).replace(/"/g, '')
  const admin = new URL(url)
  admin.pathname = '/postgres'
  const server = new pg.Client({ connectionString: admin.toString() })
  await server.connect()
  try {
    await server.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await server.query(`CREATE DATABASE "${name}"`)
  } finally {
    await server.end()
  }
  await applyMigrations({ url })
}
