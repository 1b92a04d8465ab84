/**
 * The raw line: bare Hono on @hono/node-server with a raw `pg` pool, answering GET /raw by running the given
 * SQL statements (argv[2]: JSON [{ query, params }], captured from the endpoint being measured) and returning
 * the last one's rows; a statement the endpoint sends prepared (with a name, decision 053) is sent prepared under the
 * same name. argv[3]: the database URL; argv[4]: the pool size.
 */
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { HOT_CONNECTION_OPTIONS, poolSizes, PREPARED_CONNECTION_OPTIONS } from '@zhilian/db/hot-sql'
import pg from 'pg'

const statements = JSON.parse(process.argv[2] ?? '[]') as { query: string; params: unknown[]; name?: string }[]
// The app's connection settings (no JIT; prepared statements on connections that plan them generically, decision 062),
// so the raw line runs the statements as the endpoint does.
const sizes = poolSizes(Number(process.argv[4] ?? 10))
const pool = new pg.Pool({ connectionString: process.argv[3], max: sizes.unnamed, options: HOT_CONNECTION_OPTIONS })
const prepared = new pg.Pool({ connectionString: process.argv[3], max: sizes.prepared, options: PREPARED_CONNECTION_OPTIONS })
const app = new Hono().get('/raw', async (c) => {
  let rows: unknown[] = []
  for (const s of statements) rows = (s.name ? await prepared.query({ name: s.name, text: s.query, values: s.params }) : await pool.query(s.query, s.params)).rows
  return c.json(rows)
})
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => process.send?.({ port: info.port }))
