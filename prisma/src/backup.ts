/**
 * Backups as one plain SQL file that restores on PGlite and on PostgreSQL alike (issue 10): the migrations the
 * database had, as SQL; Prisma's migration table with the same rows (so later migrations apply on top); then
 * every row of every table, parents before children, read in one repeatable-read snapshot. The file runs in one
 * transaction, so a restore lands whole or not at all; `psql -f` can run it too, on an empty database.
 * pg-boss's own schema is not dumped: it is a queue, rebuilt by the reminder relay from the Reminder ledger.
 */
import { once } from 'node:events'
import { createWriteStream, existsSync, readdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { isPostgresUrl } from './client'
import type { DbTarget } from './env'
import { applyMigrations, MIGRATIONS_DIR } from './migrate'
import { closePglite, openPglite } from './pglite'

export interface BackupSummary { tables: number; rows: number; migrations: number }

/** What the dump and restore need from a connection: text rows as arrays, and multi-statement SQL. */
interface Session {
  rows(sql: string): Promise<(string | null)[][]>
  run(sql: string): Promise<void>
  close(): Promise<void>
}

async function session(target: DbTarget): Promise<Session> {
  if (isPostgresUrl(target.url)) {
    const client = new pg.Client({ connectionString: target.url })
    await client.connect()
    return {
      rows: async (sql) => (await client.query<(string | null)[]>({ text: sql, rowMode: 'array' })).rows,
      run: async (sql) => void (await client.query(sql)),
      close: () => client.end(),
    }
  }
  const pglite: PGlite = await openPglite(target.dataDir)
  return {
    rows: async (sql) => (await pglite.query<(string | null)[]>(sql, [], { rowMode: 'array' })).rows,
    run: async (sql) => void (await pglite.exec(sql)),
    close: () => closePglite(pglite),
  }
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`
const literal = (value: string | null) => (value === null ? 'NULL' : `'${value.replace(/'/g, "''")}'`)

/** Prisma's own migration table, as its engine creates it. */
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
);`

/** The public tables, parents before children (no table of ours refers to itself). */
async function tablesInOrder(s: Session): Promise<string[]> {
  const tables = (await s.rows(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`)).map((r) => r[0]!)
  const edges = await s.rows(`
    SELECT child.relname, parent.relname FROM pg_constraint c
    JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid
    JOIN pg_namespace n ON n.oid = child.relnamespace
    WHERE c.contype = 'f' AND n.nspname = 'public' AND child.relname <> parent.relname`)
  const parents = new Map(tables.map((t) => [t, new Set<string>()]))
  for (const [child, parent] of edges) parents.get(child!)?.add(parent!)
  const ordered: string[] = []
  const done = new Set<string>()
  const visit = (table: string, path: Set<string>) => {
    if (done.has(table)) return
    if (path.has(table)) throw new Error(`foreign keys form a cycle through ${table}`)
    path.add(table)
    for (const parent of parents.get(table) ?? []) visit(parent, path)
    path.delete(table)
    done.add(table)
    ordered.push(table)
  }
  for (const table of tables) visit(table, new Set())
  return ordered
}

/** Writes the backup of `source` to `file` (created; an existing file is refused). */
export async function backup(source: DbTarget, file: string): Promise<BackupSummary> {
  if (existsSync(file)) throw new Error(`${file} exists already; choose another file name`)
  const s = await session(source)
  const out = createWriteStream(file, { flags: 'wx', encoding: 'utf8' })
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain')
  }
  let rows = 0
  try {
    await s.run(`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL DateStyle = 'ISO, YMD'; SET LOCAL TimeZone = 'UTC'; SET LOCAL IntervalStyle = 'postgres'; SET LOCAL extra_float_digits = 3`)
    const migrations = await s.rows(`SELECT id, checksum, finished_at::text, migration_name, logs, rolled_back_at::text, started_at::text, applied_steps_count::text
      FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL ORDER BY started_at, migration_name`)
    const tables = await tablesInOrder(s)
    const available = new Set(readdirSync(MIGRATIONS_DIR))
    await write(`-- 职链齐鲁 backup, taken ${new Date().toISOString()} from ${source.url ? 'PostgreSQL' : 'PGlite'}; ${migrations.length} migrations, ${tables.length} tables.\n`)
    await write('-- Restore: npm run restore -- <this file> (an empty PGlite folder or an empty PostgreSQL database), or psql -f on an empty database.\n')
    await write(`BEGIN;\nSET LOCAL client_encoding = 'UTF8';\nSET LOCAL standard_conforming_strings = on;\nSET LOCAL DateStyle = 'ISO, YMD';\nSET LOCAL TimeZone = 'UTC';\n\n`)
    for (const [, , , name] of migrations) {
      if (!name || !available.has(name)) throw new Error(`migration ${name} is recorded in the database but missing from prisma/migrations; back up with the code that made it`)
      await write(`-- migration ${name}\n${await readFile(path.join(MIGRATIONS_DIR, name, 'migration.sql'), 'utf8')}\n\n`)
    }
    await write(`${MIGRATIONS_TABLE}\n`)
    for (const m of migrations) await write(`INSERT INTO "_prisma_migrations" VALUES (${m.map(literal).join(', ')});\n`)
    for (const table of tables) {
      const columns = (await s.rows(`SELECT attname FROM pg_attribute WHERE attrelid = '${ident(table)}'::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`)).map((r) => r[0]!)
      await write(`\n-- ${table}\n`)
      await s.run(`DECLARE dump NO SCROLL CURSOR FOR SELECT ${columns.map((c) => `${ident(c)}::text`).join(', ')} FROM ${ident(table)}`)
      for (;;) {
        const batch = await s.rows('FETCH 500 FROM dump')
        if (batch.length === 0) break
        rows += batch.length
        await write(`INSERT INTO ${ident(table)} (${columns.map(ident).join(', ')}) VALUES\n${batch.map((r) => `(${r.map(literal).join(', ')})`).join(',\n')};\n`)
      }
      await s.run('CLOSE dump')
    }
    if (tables.includes('Reminder')) {
      await write('\n-- pg-boss is not in the backup: pending reminders go back to the outbox, and the relay enqueues them again.\n')
      await write(`UPDATE "Reminder" SET "jobId" = NULL WHERE "status" = 'pending';\n`)
    }
    await write('COMMIT;\n')
    await s.run('COMMIT')
    return { tables: tables.length, rows, migrations: migrations.length }
  } finally {
    out.end()
    await once(out, 'close')
    await s.close()
  }
}

/** Restores a backup into an empty target, then applies any migration newer than the backup. */
export async function restore(target: DbTarget, file: string): Promise<{ applied: string[] }> {
  const sql = await readFile(file, 'utf8')
  if (!sql.startsWith('-- 职链齐鲁 backup')) throw new Error(`${file} is not a 职链齐鲁 backup (npm run backup makes one)`)
  if (target.dataDir && existsSync(target.dataDir) && readdirSync(target.dataDir).length > 0) {
    throw new Error(`${target.dataDir} is not empty: move it away first (keep it until the restore is checked), then restore again`)
  }
  const s = await session(target)
  try {
    const [[tables]] = (await s.rows(`SELECT count(*)::text FROM pg_tables WHERE schemaname = 'public'`)) as [[string]]
    if (Number(tables) > 0) throw new Error('the target database is not empty: restore into a new, empty database')
    await s.run(sql)
  } finally {
    await s.close()
  }
  return { applied: await applyMigrations(isPostgresUrl(target.url) ? { url: target.url } : { dataDir: target.dataDir! }) }
}
