/**
 * One way to get a Prisma client: PostgreSQL when given a postgres:// URL, otherwise the embedded
 * PGlite — persisted in `dataDir`, or in memory when there is none (docs/decisions/001).
 */
import type { PGlite } from '@electric-sql/pglite'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { PrismaClient } from '../generated/client/client'
import { type HotSql, hotPools, hotSqlOnPglite, hotSqlOnPool } from './hot-sql'
import { applyMigrations } from './migrate'
import { closePglite, openPglite } from './pglite'

export interface OpenDatabaseOptions {
  /** postgres:// or postgresql:// — anything else means PGlite. */
  url?: string
  /** PGlite data folder; undefined or 'memory://' keeps the database in memory. */
  dataDir?: string
  /** Apply pending migrations before returning. */
  migrate?: boolean
  /** PostgreSQL only: the connections of its two pools together (10 when not given; `hotPools` splits them). */
  poolMax?: number
}

export interface DbHandle {
  prisma: PrismaClient
  kind: 'pglite' | 'postgres'
  /** The embedded instance, for a library that talks to the same database without Prisma (pg-boss). */
  pglite?: PGlite
  /** The postgres:// URL this handle was opened with, for a library that opens its own pool (pg-boss). */
  url?: string
  /** The hot paths' one statement on the driver under Prisma, same SQL on both databases (decision 030). */
  hotSql: HotSql
  close(): Promise<void>
}

export const isPostgresUrl = (url: string | undefined): url is string => !!url && /^postgres(ql)?:\/\//i.test(url)

export async function openDatabase(opts: OpenDatabaseOptions = {}): Promise<DbHandle> {
  if (isPostgresUrl(opts.url)) {
    if (opts.migrate) await applyMigrations({ url: opts.url })
    // Prisma shares one pool with the unnamed hot statements; the prepared ones have their own (decision 062).
    // DB_POOL_MAX bounds the two together.
    const pools = hotPools({ connectionString: opts.url, ...(opts.poolMax ? { max: opts.poolMax } : {}) })
    // An idle connection's error must not end the process before Prisma or a statement listens.
    for (const p of [pools.pool, pools.prepared]) p.on('error', () => undefined)
    const prisma = new PrismaClient({ adapter: new PrismaPg(pools.pool) })
    return {
      prisma, kind: 'postgres', url: opts.url, hotSql: hotSqlOnPool(pools),
      async close() {
        await prisma.$disconnect()
        await Promise.all([pools.pool.end(), pools.prepared.end()])
      },
    }
  }
  const pglite = await openPglite(opts.dataDir)
  if (opts.migrate) await applyMigrations({ pglite })
  return wrapPglite(pglite)
}

/** A handle over an already open PGlite; closing it closes the PGlite too. */
export function wrapPglite(pglite: PGlite): DbHandle {
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) })
  return {
    prisma,
    kind: 'pglite',
    pglite,
    hotSql: hotSqlOnPglite(pglite),
    async close() {
      await prisma.$disconnect()
      await closePglite(pglite)
    },
  }
}
