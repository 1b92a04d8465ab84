/**
 * Every job's detail answer (GET /api/jobs/:id, signed out: status and body) on a database, through the real app in
 * this process, as one digest (decision 081). Run before and after a change to the detail's path: equal digests mean
 * byte-identical answers; with BENCH_ANSWERS_FILE the answers are written one a line, for a diff when they differ.
 * Only reads (no migration, no server start).
 *
 *   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/<seeded database> npx tsx bench/detail-answers.ts
 *     BENCH_JOBS=5000 (at most, by id)
 */
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { createApp } from '@zhilian/bff/app'
import { loadEnv } from '@zhilian/bff/env'
import { keysFor } from '@zhilian/bff/lib/secrets'
import { createWeChatClient } from '@zhilian/bff/lib/wechat/index'
import { openDatabase } from '@zhilian/db'
import pino from 'pino'

const url = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/zl_bench'
const db = await openDatabase({ url })
try {
  const env = loadEnv({ NODE_ENV: 'test', RATE_LIMIT: 'off' })
  const wechat = createWeChatClient({ appid: env.WECHAT_APPID, secret: env.WECHAT_SECRET, baseUrl: env.WECHAT_API_BASE })
  const app = createApp({ db, env, keys: keysFor(env).keys, wechat, logger: pino({ level: 'silent' }) })
  const ids = await db.prisma.job.findMany({ select: { id: true }, orderBy: { id: 'asc' }, take: Number(process.env.BENCH_JOBS ?? 5000) })
  const hash = createHash('sha256')
  const lines: string[] = []
  const statuses = new Map<number, number>()
  for (const { id } of ids) {
    const res = await app.request(`/api/jobs/${id}`)
    // The request id differs per request by design (in its header, and in a problem's body); everything else of the
    // answer is compared.
    const headers = [...res.headers].filter(([k]) => k !== 'x-request-id').map(([k, v]) => `${k}: ${v}`).join('\n')
    const line = `${id} ${res.status}\n${headers}\n${(await res.text()).replace(/"requestId":"[^"]*"/, '"requestId":"…"')}`
    hash.update(line)
    lines.push(line)
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
  }
  if (process.env.BENCH_ANSWERS_FILE) writeFileSync(process.env.BENCH_ANSWERS_FILE, `${lines.join('\n\n')}\n`)
  console.log(`${ids.length} job details (${[...statuses].map(([s, n]) => `${n} × ${s}`).join(', ')}): sha256 ${hash.digest('hex')}`)
} finally {
  await db.close()
}
