/**
 * Latency of the computed-on-request matching and analytics against a seeded database:
 *   npx tsx test/bench/analytics-latency.ts postgresql://…/db [--jobs 20000]
 * Seeds the demo (idempotent) and, with --jobs, province-scale jobs, then times each endpoint
 * (median of 5 after one warm-up). Figures go into docs/decisions/008-match-refresh.md.
 */
import { parseArgs } from 'node:util'
import { openDatabase, seedDemo } from '@zhilian/db'
import { scaleData } from '@zhilian/db/scale'
import pino from 'pino'
import { createApp } from '@zhilian/bff/app'
import { loadEnv } from '@zhilian/bff/env'
import { issueSessionToken } from '@zhilian/bff/lib/auth/index'
import { keysFor } from '@zhilian/bff/lib/secrets'
import { createWeChatClient } from '@zhilian/bff/lib/wechat/index'

const { positionals, values } = parseArgs({ allowPositionals: true, options: { jobs: { type: 'string' }, students: { type: 'string', default: '1000' } } })
const url = positionals[0]
if (!url) throw new Error('usage: analytics-latency.ts <postgres url> [--jobs N]')
const db = await openDatabase({ url, migrate: true })
await seedDemo(db.prisma)
if (values.jobs) await scaleData(db.prisma, { jobs: Number(values.jobs), students: Number(values.students), applications: 0, concurrency: 4 })

const env = loadEnv({ NODE_ENV: 'test', WECHAT_APPID: 'wx-bench', WECHAT_SECRET: 'bench-secret', WECHAT_API_BASE: 'http://127.0.0.1:9', RATE_LIMIT: 'off' })
const { keys } = keysFor(env)
const app = createApp({ db, env, keys, wechat: createWeChatClient({ appid: 'wx-bench', secret: 'bench-secret', baseUrl: env.WECHAT_API_BASE }), logger: pino({ level: 'silent' }) })
const admin = await db.prisma.user.findFirstOrThrow({ where: { role: 'admin' }, select: { id: true, role: true } })
const auth = { authorization: `Bearer ${await issueSessionToken(keys.session, { ...admin, tokenVersion: 0 })}` }

const p = db.prisma
const job = await p.job.findFirstOrThrow({ where: { status: 'open', chainId: 'SD-C02', org: { verification: 'verified' } }, select: { id: true } })
const list = await p.demandList.findFirstOrThrow({ select: { id: true } })
const need = await p.trainingNeed.findFirst({ select: { id: true } })
const ch = await p.techChallenge.findFirst({ select: { id: true } })
const eq = await p.resourceRequest.findFirst({ where: { kind: 'equipment' }, select: { id: true } })
const college = await p.organization.findFirstOrThrow({ where: { kind: 'college', supplyLists: { some: { status: 'approved' } } }, select: { id: true } })
const counts = { jobs: await p.job.count(), openJobs: await p.job.count({ where: { status: 'open' } }), offerings: await p.majorOffering.count(), colleges: await p.organization.count({ where: { kind: 'college' } }) }

const paths = [
  `/api/matching/jobs/${job.id}/supply`,
  `/api/matching/demand-lists/${list.id}/supply`,
  need && `/api/matching/training-needs/${need.id}/courses`,
  ch && `/api/matching/challenges/${ch.id}/colleges`,
  eq && `/api/matching/equipment-requests/${eq.id}/equipment`,
  `/api/matching/colleges/${college.id}/demand`,
  `/api/analytics/chains/SD-C02`,
  `/api/analytics/chains`,
  `/api/analytics/fit?level=city`,
  `/api/analytics/fit?level=college`,
  `/api/analytics/alerts`,
  `/api/analytics/forecast?chainId=SD-C02`,
  `/api/map?chainId=SD-C02`,
  `/api/map`,
  `/api/map/cities/370300`,
  `/api/reports/2025`,
  `/api/reports/2025.xlsx`,
].filter((x): x is string => !!x)

console.log(db.kind, counts)
for (const path of paths) {
  const ms: number[] = []
  let status = 0
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now()
    const res = await app.request(path, { headers: auth })
    await res.arrayBuffer()
    status = res.status
    if (i > 0) ms.push(performance.now() - t0)
  }
  ms.sort((a, b) => a - b)
  console.log(`${String(status).padEnd(4)}${String(Math.round(ms[2]!)).padStart(6)} ms  ${path.replace(/[a-z0-9]{20,}/g, ':id')}`)
}
await db.close()
