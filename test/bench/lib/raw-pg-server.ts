/**
 * The raw line: bare Hono on @hono/node-server with a raw `pg` pool, answering GET /raw by running the given
 * SQL statements (argv[2]: JSON [{ query, params }], captured from the endpoint being measured) and returning
 * the last one's rows; a statement the endpoint sends prepared (with a name, decision 053) is sent prepared under the
 * same name. argv[3]: the database URL; argv[4]: the pool size; argv[5], for a counted capture (decision 093), the
 * address it came from: each request's counts then go under its own address (X-Forwarded-For's last entry) and the
 * current window, as the BFF counts them.
 */
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { countedCtes, countedKeys, NOTHING_COUNTED } from '@zhilian/bff/lib/rate-limit/counters'
import { HOT_CONNECTION_OPTIONS, poolSizes, PREPARED_CONNECTION_OPTIONS } from '@zhilian/db/hot-sql'
import pg from 'pg'

interface Statement { query: string; params: unknown[]; name?: string }
const statements = JSON.parse(process.argv[2] ?? '[]') as Statement[]
const captured = process.argv[5]

/** A statement counting itself starts its WITH list with `countedCtes`: its first parameters are the counts'. */
const COUNTS_TEXT = countedCtes(NOTHING_COUNTED).text
const windowSeconds = (start: unknown, end: unknown) => (Date.parse(String(end)) - Date.parse(String(start))) / 1000

/** The statement's parameters with this request's counts: its own address, this moment's window. */
function recounted(s: Statement, address: string): unknown[] {
  if (s.query.includes(COUNTS_TEXT)) {
    const [keys, starts, ends, , limits] = s.params as [string[], string[], string[], string[], number[]]
    const fresh = countedKeys(keys.map((k, i) => [k.replace(captured!, address), { limit: limits[i]!, windowSeconds: windowSeconds(starts[i], ends[i]) }] as const))
    return [...countedCtes(fresh).values, ...s.params.slice(countedCtes(fresh).values.length)]
  }
  if (s.name === 'rate-count') { // a count sent as a statement of its own (countHit), as before decision 093
    const [key, start, end] = s.params as [string, string, string]
    const fresh = countedKeys([[key.replace(captured!, address), { limit: 0, windowSeconds: windowSeconds(start, end) }]])
    return [fresh.keys[0], fresh.starts[0], fresh.ends[0]]
  }
  return s.params
}
if (captured && !statements.some((s) => s.query.includes(COUNTS_TEXT) || s.name === 'rate-count')) throw new Error('a counted capture with no count in it')
// The app's connection settings (no JIT; prepared statements on connections that plan them generically, decision 062),
// so the raw line runs the statements as the endpoint does.
const sizes = poolSizes(Number(process.argv[4] ?? 10))
const pool = new pg.Pool({ connectionString: process.argv[3], max: sizes.unnamed, options: HOT_CONNECTION_OPTIONS })
const prepared = new pg.Pool({ connectionString: process.argv[3], max: sizes.prepared, options: PREPARED_CONNECTION_OPTIONS })
const app = new Hono().get('/raw', async (c) => {
  let rows: unknown[] = []
  const address = captured && (c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() ?? 'local')
  for (const s of statements) {
    const values = address ? recounted(s, address) : s.params
    rows = (s.name ? await prepared.query({ name: s.name, text: s.query, values }) : await pool.query(s.query, values)).rows
  }
  return c.json(rows)
})
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => process.send?.({ port: info.port }))
