/**
 * The hot paths' one statement, run on the driver underneath Prisma (decision 030): the `pg.Pool` Prisma's
 * adapter is given on PostgreSQL, the PGlite instance when embedded. The same `Prisma.sql` text and parameters as
 * `$queryRaw` would send, without Prisma's raw-query path (about 1.1 ms of CPU a call in a profile under load).
 * Rows come back as the driver reads them, with `timestamp` columns read as UTC as Prisma reads them; callers parse
 * every row with zod, never cast it.
 */
import type { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import type { Prisma } from '../generated/client/client'
import { SerialClient } from './serial-client'

/**
 * Runs one statement; answers its rows. A `name` makes it a prepared statement on PostgreSQL (decision 053): each
 * connection parses and plans the text once and afterwards only binds and executes it, where an unnamed statement
 * is parsed, analysed and planned again on every call — for a scan's statement about 0.6 ms of planning against
 * 0.2–0.5 ms of execution. Only for text that never changes under that name (node-postgres refuses a second
 * text for a name it has prepared); PGlite runs in-process and takes no name.
 */
export type HotSql = (query: Prisma.Sql, name?: string) => Promise<unknown[]>

/** What a hot statement sends, for a benchmark that replays it on a bare driver. */
export interface HotStatement { query: string; params: unknown[]; name?: string }

const TIMESTAMP = 1114

/**
 * The schema stores `timestamp` (no zone) holding UTC. A `Date` parameter goes as its ISO text: PostgreSQL
 * reads it into a `timestamp` ignoring the `Z`, so it lands as the UTC wall time whatever the process's zone is
 * (node-postgres would send the local time with an offset, which a `timestamp` also ignores).
 */
export const driverParams = (values: readonly unknown[]): unknown[] => values.map((v) => (v instanceof Date ? v.toISOString() : v))

/** `2026-12-05 09:44:40.123` as UTC; infinities and BC dates do not occur in this schema. */
const utcTimestamp = (text: string) => new Date(`${text.replace(' ', 'T')}Z`)

/**
 * The pool's own parsers, so the process-wide ones other code relies on stay as they are. They are the pool's, not
 * each query's: node-postgres copies a query given as an object (property descriptors and all) before sending it,
 * a cost a hot path pays per statement, and only the text-and-values form skips the copy. Prisma's adapter gives
 * every one of its queries its own parsers, so the pool's do not reach it.
 */
const pgTypes = {
  getTypeParser: (oid: number) => (oid === TIMESTAMP ? utcTimestamp : pg.types.getTypeParser(oid, 'text')),
} as pg.CustomTypesConfig

/**
 * No JIT on the app's connections (decision 048). PostgreSQL compiles a statement whose estimated cost passes
 * `jit_above_cost`, and the estimate counts branches that never run: a keyword search's description tier, skipped
 * when the title tier fills the page, pushed 工程师's search over the threshold, and compiling took ~80 ms for a
 * statement that ran in 0.2 ms. Every statement here is a short OLTP read or write; none gains from JIT.
 */
export const HOT_CONNECTION_OPTIONS = '-c jit=off'

/**
 * The connections that run named (prepared) statements plan each one once, generically, from its first call (decision
 * 062). PostgreSQL's default tries five custom plans first and keeps planning each call when a custom plan's estimate
 * looks cheaper: for the keyword search (2–3 ms of planning against 1–3 ms of execution) the very cost naming it was
 * meant to save. Only statements written so that one plan serves every parameter are named. The setting reaches
 * unnamed statements too (PostgreSQL caches their plans the same way), so it cannot be on the connections Prisma and
 * the unnamed statements use: there it made job recommendations 7× slower (p50 29 → 190 ms).
 */
export const PREPARED_CONNECTION_OPTIONS = `${HOT_CONNECTION_OPTIONS} -c plan_cache_mode=force_generic_plan`

/**
 * A pool for Prisma's adapter and the hot statements: `hotSqlOnPool` needs its `timestamp` parser, and an interactive
 * transaction's statements must reach its connection one at a time (`SerialClient`, decision 070).
 */
const hotPool = (config: pg.PoolConfig) => new pg.Pool({ options: HOT_CONNECTION_OPTIONS, ...config, types: pgTypes, Client: SerialClient })

/** The pools `hotSqlOnPool` runs on: unnamed statements on `pool`, named ones on `prepared`. */
export interface HotPools { pool: pg.Pool; prepared: pg.Pool }

/**
 * Splits `max` connections between the pool Prisma shares with the unnamed statements and the one for prepared
 * statements (half each, at least one each), so `DB_POOL_MAX` still bounds what one process opens.
 */
export function hotPools(config: pg.PoolConfig & { max?: number }): HotPools {
  const sizes = poolSizes(config.max ?? 10)
  return {
    pool: hotPool({ ...config, max: sizes.unnamed }),
    prepared: hotPool({ ...config, max: sizes.prepared, options: PREPARED_CONNECTION_OPTIONS }),
  }
}

/** How `hotPools` splits `max` connections; the benchmarks' raw lines split theirs the same way. */
export function poolSizes(max: number): { unnamed: number; prepared: number } {
  const prepared = Math.max(1, Math.floor(max / 2))
  return { unnamed: Math.max(1, max - prepared), prepared }
}

/** Runs hot statements on pools made by `hotPools`. */
export function hotSqlOnPool({ pool, prepared }: HotPools, onStatement?: (s: HotStatement) => void): HotSql {
  return async (query, name) => {
    const statement = { query: query.text, params: driverParams(query.values), name }
    onStatement?.(statement)
    const result = name ? await prepared.query({ name, text: statement.query, values: statement.params }) : await pool.query(statement.query, statement.params)
    return result.rows
  }
}

export function hotSqlOnPglite(pglite: PGlite): HotSql {
  const parsers = { [TIMESTAMP]: utcTimestamp }
  return async (query) => (await pglite.query(query.text, driverParams(query.values), { parsers })).rows
}
