/**
 * @prisma/adapter-pg for the schema engine. Describing a PostgreSQL schema (diff, drift checks)
 * reads catalogue columns of type "char" (oid 18); adapter-pg 7.10 has no mapping for it and the
 * engine then fails with "Column type 'char' could not be deserialized". pglite-prisma-adapter maps
 * it to the driver-adapter type Character, so we do the same: relabel the column as text for
 * adapter-pg's own mapping, then report it as Character. pg already hands the values over as
 * one-character strings.
 *
 * Second, adapter-pg's executeScript splits a migration on every ";" — including those inside
 * comments, string literals and function bodies — so a migration with "this; the" in a comment
 * fails. We send the script whole instead (PostgreSQL's simple query protocol runs several
 * statements in one implicit transaction, which also makes each migration atomic). The price:
 * statements that refuse to run in a transaction (CREATE INDEX CONCURRENTLY) need their own migration.
 */
import { PrismaPg } from '@prisma/adapter-pg'
import { ColumnTypeEnum, type SqlMigrationAwareDriverAdapterFactory, type SqlQuery, type SqlResultSet } from '@prisma/driver-adapter-utils'
import { SerialClient } from './serial-client'

const INTERNAL_CHAR = 18
const TEXT = 25

interface PgResult { fields: { dataTypeID: number }[]; rows: unknown[] }
interface Queryable {
  client: { query(text: string): Promise<unknown> }
  onError(error: unknown): never
  executeScript(script: string): Promise<void>
  performIO(query: SqlQuery): Promise<PgResult>
  queryRaw(query: SqlQuery): Promise<SqlResultSet>
  startTransaction?(...args: unknown[]): Promise<unknown>
}

// adapter-pg returns performIO's rows array itself, so the array identifies the call it came from.
const charColumns = new WeakMap<unknown[], number[]>()

function patch<T>(target: T): T {
  const q = target as unknown as Queryable
  const performIO = q.performIO.bind(q)
  const queryRaw = q.queryRaw.bind(q)
  q.performIO = async (query) => {
    const result = await performIO(query)
    const indices = result.fields.flatMap((f, i) => (f.dataTypeID === INTERNAL_CHAR ? [i] : []))
    if (indices.length) {
      for (const i of indices) result.fields[i]!.dataTypeID = TEXT
      charColumns.set(result.rows, indices)
    }
    return result
  }
  q.queryRaw = async (query) => {
    const set = await queryRaw(query)
    for (const i of charColumns.get(set.rows) ?? []) set.columnTypes[i] = ColumnTypeEnum.Character
    return set
  }
  q.executeScript = async (script) => {
    try {
      await q.client.query(script)
    } catch (error) {
      q.onError(error)
    }
  }
  if (q.startTransaction) {
    const start = q.startTransaction.bind(q)
    q.startTransaction = async (...args) => patch(await start(...args))
  }
  return target
}

export function pgMigrationAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaPg({ connectionString: url, Client: SerialClient })
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => patch(await inner.connect()),
    connectToShadowDb: async () => patch(await inner.connectToShadowDb()),
  }
}
