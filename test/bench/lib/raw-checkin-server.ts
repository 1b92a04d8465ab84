/**
 * The check-in benchmark's baseline: bare Hono on @hono/node-server and the raw pg driver, running one
 * statement per scan — the conditional check-in UPDATE returning the time — with no auth, no code and no
 * Prisma. argv: database URL, pool size, port (0: any). Answers its port over IPC.
 */
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import pg from 'pg'

const pool = new pg.Pool({ connectionString: process.argv[2], max: Number(process.argv[3] ?? 5) })
const app = new Hono().post('/checkin/:eventId', async (c) => {
  const { userId } = await c.req.json<{ userId: string }>()
  const r = await pool.query<{ checkedInAt: Date }>(
    'UPDATE "EventRegistration" SET "checkedInAt" = now() WHERE "eventId" = $1 AND "userId" = $2 AND "checkedInAt" IS NULL RETURNING "checkedInAt"',
    [c.req.param('eventId'), userId],
  )
  return c.json({ firstTime: r.rowCount === 1, checkedInAt: r.rows[0]?.checkedInAt ?? null })
})
serve({ fetch: app.fetch, port: Number(process.argv[4] ?? 0), hostname: '127.0.0.1' }, (info) => process.send?.({ port: info.port }))
