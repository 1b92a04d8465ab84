/**
 * The check-in benchmark's baseline: bare Hono on @hono/node-server and the raw pg driver, running per scan the
 * very statement the endpoint runs — `deskScanSql` or `boothScanSql` (session re-check, organiser or exhibitor
 * check, window, code claim, check-in or visit, name) with the same text and parameters. It does the work any
 * real scan needs before that statement, as the endpoint does: the caller's session token and the student's signed
 * code are verified (`readSessionToken`, `verifyCheckinCode`; decision 039 — before, the baseline took a bare
 * user id and no token, so the ratio charged the BFF for mandatory checks the baseline skipped). The statement is
 * prepared under the endpoint's own name (decision 053), as the BFF's `hotSql` sends it. No zod, OpenAPI
 * validation or error mapping. The answer is the row as JSON.
 * argv: database URL, pool size, port (0: any), then JSON { kind: 'desk' | 'booth', roles }. Answers its port over IPC.
 */
import { serve } from '@hono/node-server'
import { readSessionToken } from '@zhilian/bff/lib/auth/session'
import { BOOTH_SCAN, boothScanSql } from '@zhilian/bff/routes/checkin/booth-scan'
import { verifyCheckinCode } from '@zhilian/bff/routes/checkin/checkin-code'
import { DESK_SCAN, deskScanSql } from '@zhilian/bff/routes/checkin/desk-scan'
import { countedKeys, NOTHING_COUNTED } from '@zhilian/bff/lib/rate-limit/counters'
import { LIMITS } from '@zhilian/bff/lib/rate-limit/policies'
import { driverParams, poolSizes, PREPARED_CONNECTION_OPTIONS } from '@zhilian/db/hot-sql'
import { Hono } from 'hono'
import pg from 'pg'
import { BENCH_KEYS } from './server'

/** `counted`: count the scan by address (the last X-Forwarded-For entry) and user in the statement, as the BFF does with RATE_LIMIT=on. */
interface Scanner { kind: 'desk' | 'booth'; roles: string[]; counted?: boolean }

// The scan statement is prepared, so it runs on as many connections, set up the same way, as the BFF's prepared pool
// has out of the same DB_POOL_MAX (decision 062).
const pool = new pg.Pool({ connectionString: process.argv[2], max: poolSizes(Number(process.argv[3] ?? 5)).prepared, options: PREPARED_CONNECTION_OPTIONS })
const scanner = JSON.parse(process.argv[5] ?? '{}') as Scanner
const countedFor = (forwarded: string | undefined, userId: string) =>
  countedKeys([[`ip:scan:${forwarded?.split(',').at(-1)?.trim() ?? 'local'}`, LIMITS.scan.ip], [`user:scan:${userId}`, LIMITS.scan.user!]])
const app = new Hono().post('/checkin/:eventId', async (c) => {
  const session = await readSessionToken(BENCH_KEYS.session, c.req.header('authorization')!.slice('Bearer '.length))
  const { code } = await c.req.json<{ code: string }>()
  const eventId = c.req.param('eventId')
  const now = new Date()
  const { userId, nonce, expiresAt } = verifyCheckinCode(BENCH_KEYS.checkin, code, eventId, now.getTime())
  const q = { userId: session.sub, tokenVersion: session.tv, roles: scanner.roles, eventId, orgId: null, now, scan: { studentId: userId, nonce, expiresAt }, counted: scanner.counted ? countedFor(c.req.header('x-forwarded-for'), session.sub) : NOTHING_COUNTED }
  const [statement, name] = scanner.kind === 'desk' ? [deskScanSql(q), DESK_SCAN] : [boothScanSql(q), BOOTH_SCAN]
  const { rows } = await pool.query<{ firstTime?: boolean }>({ name, text: statement.text, values: driverParams(statement.values) })
  return c.json(rows[0] ?? null)
})
serve({ fetch: app.fetch, port: Number(process.argv[4] ?? 0), hostname: '127.0.0.1' }, (info) => process.send?.({ port: info.port }))
