/**
 * The check-in benchmark's baseline: bare Hono on @hono/node-server and the raw pg driver, running per scan the
 * very statement the endpoint runs — `deskScanSql` or `boothScanSql` (session re-check, organiser or exhibitor
 * check, window, code claim, check-in or visit, name) with the same text and parameters — for a fixed scanner, a
 * fresh code nonce per scan and no token, code signature, zod or error mapping. The answer is the row as JSON.
 * argv: database URL, pool size, port (0: any), then JSON { kind: 'desk' | 'booth', userId, tokenVersion, roles }.
 * Answers its port over IPC.
 */
import { randomUUID } from 'node:crypto'
import { serve } from '@hono/node-server'
import { boothScanSql } from '@zhilian/bff/routes/checkin/booth-scan'
import { deskScanSql } from '@zhilian/bff/routes/checkin/desk-scan'
import { driverParams } from '@zhilian/db/hot-sql'
import { Hono } from 'hono'
import pg from 'pg'

interface Scanner { kind: 'desk' | 'booth'; userId: string; tokenVersion: number; roles: string[] }

const pool = new pg.Pool({ connectionString: process.argv[2], max: Number(process.argv[3] ?? 5) })
const scanner = JSON.parse(process.argv[5] ?? '{}') as Scanner
const app = new Hono().post('/checkin/:eventId', async (c) => {
  const { userId } = await c.req.json<{ userId: string }>()
  const now = new Date()
  const q = { ...scanner, eventId: c.req.param('eventId'), now, scan: { studentId: userId, nonce: randomUUID(), expiresAt: new Date(now.getTime() + 60_000) } }
  const statement = scanner.kind === 'desk' ? deskScanSql(q) : boothScanSql(q)
  const { rows } = await pool.query<{ firstTime?: boolean }>(statement.text, driverParams(statement.values))
  return c.json(rows[0] ?? null)
})
serve({ fetch: app.fetch, port: Number(process.argv[4] ?? 0), hostname: '127.0.0.1' }, (info) => process.send?.({ port: info.port }))
