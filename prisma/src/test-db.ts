/**
 * A fresh, migrated database for one test file. The schema always comes from the migration engine
 * (never hand-run SQL), but only once: the first caller migrates a template, later callers copy it.
 * - PGlite (default): the template is a data-folder tarball cached in the OS temp folder.
 * - DATABASE_URL set: a template database `zl_tpl_<hash>` on that server, copied with
 *   CREATE DATABASE … TEMPLATE; close() drops the copy. A URL naming a database other than `postgres` names both
 *   after it (`…/zl_h117_x` → `zl_h117_x_tpl_<hash>`, `zl_h117_x_t_<id>`), so runs sharing a server keep to names
 *   of their own.
 * The cache key hashes the migrations folder (and the PGlite release), so a new migration makes a
 * new template. Old `zl_tpl_*` databases stay on the server; drop them by hand if they pile up.
 */
import { createHash, randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile, rename, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { openDatabase, wrapPglite, type DbHandle } from './client'
import { testServerUrl } from './env'
import { applyMigrations, readMigrations } from './migrate'
import { MEMORY, openPglite } from './pglite'

export async function createTestDb(): Promise<DbHandle> {
  const server = testServerUrl()
  return server ? createPostgresTestDb(server) : createPgliteTestDb()
}

/**
 * Builds the migrated template (or finds it built) without opening a database from it. The vitest projects call it
 * from their global setup (test-db-setup.ts) so that migrating happens once, before any worker starts, instead of
 * inside the first file's `beforeAll` in every worker at once (docs/decisions/058).
 */
export async function prepareTestDbTemplate(): Promise<void> {
  const server = testServerUrl()
  if (server) await ensurePgTemplate(server)
  else {
    // Only the file is needed here; the workers read it themselves.
    const file = await pgliteTemplateFile()
    if (!existsSync(file)) await buildPgliteTemplate(file)
  }
}

/** Changes with the migrations folder and with the PGlite release (its data folder format). */
async function migrationsHash(): Promise<string> {
  const list = await readMigrations()
  const hash = createHash('sha256')
  const pgliteEntry = createRequire(import.meta.url).resolve('@electric-sql/pglite')
  hash.update(await readFile(path.join(path.dirname(pgliteEntry), '..', 'package.json')))
  for (const dir of list.migrationDirectories) {
    hash.update(dir.path)
    hash.update(dir.migrationFile.content.tag === 'ok' ? dir.migrationFile.content.value : '')
  }
  return hash.digest('hex').slice(0, 16)
}

// ───── PGlite ─────

let pgliteTemplate: Promise<Blob> | undefined

const pgliteTemplateFile = async () => path.join(os.tmpdir(), `zhilian-db-template-${await migrationsHash()}.tar`)

/** Migrates a database in memory and writes its data folder to `file`; returns the bytes written. */
async function buildPgliteTemplate(file: string): Promise<Uint8Array<ArrayBuffer>> {
  const pglite = await openPglite(MEMORY)
  await applyMigrations({ pglite })
  const dump = await pglite.dumpDataDir('none')
  await pglite.close()
  const bytes = new Uint8Array(await dump.arrayBuffer())
  // Write then rename, so a parallel worker never reads half a file.
  const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`
  await writeFile(partial, bytes)
  await rename(partial, file)
  return bytes
}

function loadPgliteTemplate(): Promise<Blob> {
  pgliteTemplate ??= (async () => {
    const file = await pgliteTemplateFile()
    const cached = await readFile(file).catch(() => undefined)
    return new Blob([cached ?? (await buildPgliteTemplate(file))])
  })()
  return pgliteTemplate
}

async function createPgliteTestDb(): Promise<DbHandle> {
  const template = await loadPgliteTemplate()
  return wrapPglite(await openPglite(MEMORY, { loadDataDir: template }))
}

// ───── PostgreSQL ─────

let pgTemplate: Promise<string> | undefined

async function admin<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

/** Renaming or copying a database fails while anything is connected; the migration engine's pool may linger. */
const terminateConnections = (client: pg.Client, db: string) =>
  client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [db])

const withDatabase = (serverUrl: string, name: string) => {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

/** What the databases a run creates are named after: the URL's own database, or zl for the server's `postgres`. */
function namePrefix(serverUrl: string): string {
  const db = decodeURIComponent(new URL(serverUrl).pathname.slice(1))
  return db && db !== 'postgres' ? db : 'zl'
}

function ensurePgTemplate(serverUrl: string): Promise<string> {
  pgTemplate ??= (async () => {
    const name = `${namePrefix(serverUrl)}_tpl_${await migrationsHash()}`
    await admin(serverUrl, async (client) => {
      // Workers race to build the same template; the first takes the lock, the rest find it done.
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [name])
      try {
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
        if (exists.rowCount) return
        const building = `${name}_build`
        await client.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`)
        await client.query(`CREATE DATABASE "${building}"`)
        await applyMigrations({ url: withDatabase(serverUrl, building) })
        await terminateConnections(client, building)
        await client.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`)
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', [name])
      }
    })
    return name
  })()
  return pgTemplate
}

async function createPostgresTestDb(serverUrl: string): Promise<DbHandle> {
  const template = await ensurePgTemplate(serverUrl)
  const name = `${namePrefix(serverUrl)}_t_${randomBytes(6).toString('hex')}`
  await admin(serverUrl, async (client) => {
    await terminateConnections(client, template)
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`)
  })
  const handle = await openDatabase({ url: withDatabase(serverUrl, name) })
  return {
    ...handle,
    async close() {
      await handle.close()
      await admin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
    },
  }
}
