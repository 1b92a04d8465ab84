/**
 * Student job recommendations (GET /api/recommendations/jobs?limit=20) in this process, per request: wall time,
 * this process's CPU time (on a shared, loaded machine the wall time is mostly waiting for a core) and the SQL
 * statements sent, for the current handler (through the real app: session check, handler, JSON) and for the
 * definition it replaced (`legacyRecommendJobs`, the handler body alone) over the same students, and whether
 * both gave the same top 20. The app's own code runs here so its CPU can be read per request.
 */
import { loadavg } from 'node:os'
import { createApp } from '@zhilian/bff/app'
import { loadEnv } from '@zhilian/bff/env'
import { issueSessionToken } from '@zhilian/bff/lib/auth/session'
import { keysFor } from '@zhilian/bff/lib/secrets'
import { createWeChatClient } from '@zhilian/bff/lib/wechat/index'
import { legacyRecommendJobs } from '@zhilian/bff/testing/legacy-recommendations'
import { openDatabase } from '@zhilian/db'
import { withStatementLog } from '@zhilian/db/statement-log'
import pino from 'pino'
import { describeWeighed, weigh } from './alloc'
import { percentile } from './stats'

interface Sample { wallMs: number; cpuMs: number; statements: number }

async function measure(statements: string[], fn: () => Promise<unknown>): Promise<Sample & { result: unknown }> {
  statements.length = 0
  const c = process.cpuUsage()
  const t = performance.now()
  const result = await fn()
  const wallMs = performance.now() - t
  const used = process.cpuUsage(c)
  return { wallMs, cpuMs: (used.user + used.system) / 1000, statements: statements.length, result }
}

function summary(label: string, samples: Sample[]) {
  const of = (k: keyof Sample) => samples.map((s) => s[k]).sort((a, b) => a - b)
  const [wall, cpu, st] = [of('wallMs'), of('cpuMs'), of('statements')]
  console.log(`${label}: wall p50 ${percentile(wall, 50).toFixed(1)} ms, p95 ${percentile(wall, 95).toFixed(1)} ms; CPU p50 ${percentile(cpu, 50).toFixed(1)} ms, p95 ${percentile(cpu, 95).toFixed(1)} ms; statements ${st[0]}–${st.at(-1)} per request`)
}

export async function benchRecommendations(url: string, students = 200) {
  const db = await openDatabase({ url })
  const logged = withStatementLog(db)
  const env = loadEnv({ NODE_ENV: 'test', RATE_LIMIT: 'off' })
  const keys = keysFor(env).keys
  const wechat = createWeChatClient({ appid: env.WECHAT_APPID, secret: env.WECHAT_SECRET, baseUrl: env.WECHAT_API_BASE })
  // The session check runs on the driver directly (hotSql): counted beside Prisma's statements.
  const hotSql: typeof db.hotSql = (q) => {
    logged.statements.push(q.sql)
    return db.hotSql(q)
  }
  const app = createApp({ db: { ...db, prisma: logged.prisma, hotSql }, env, keys, wechat, logger: pino({ level: 'silent' }) })
  try {
    const users = await db.prisma.$queryRaw<{ id: string; tokenVersion: number }[]>`
      SELECT u."id", u."tokenVersion" FROM "User" u JOIN "StudentProfile" p ON p."userId" = u."id"
      WHERE u."role" = 'student' AND u."personalisationOff" = false AND p."majorCode" IS NOT NULL ORDER BY u."id" LIMIT ${students}`
    const tokens = await Promise.all(users.map((u) => issueSessionToken(keys.session, { id: u.id, role: 'student', tokenVersion: u.tokenVersion })))
    const current = (i: number) => measure(logged.statements, async () => {
      const res = await app.request('/api/recommendations/jobs?limit=20', { headers: { authorization: `Bearer ${tokens[i]}` } })
      if (!res.ok) throw new Error(`recommendations answered ${res.status}: ${await res.text()}`)
      return ((await res.json()) as { items: { job: { id: string }; fit: { score: number } }[] }).items
    })
    const legacy = (i: number) => measure(logged.statements, () => legacyRecommendJobs(logged.prisma, users[i]!.id, 20))
    console.log(`recommendations, ${users.length} students with a major, sequential, in-process; load average before ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
    // First pass: each job's text fit worked out the first time it is scored (then cached for the process).
    const cold: Sample[] = []
    for (let i = 0; i < users.length; i++) cold.push(await current(i))
    summary('  now, first pass (text fits worked out as jobs are first met)', cold)
    const now: Sample[] = []
    const before: Sample[] = []
    let same = 0
    for (let i = 0; i < users.length; i++) {
      const b = await legacy(i)
      const a = await current(i)
      before.push(b)
      now.push(a)
      const key = (items: unknown) => JSON.stringify((items as { job: { id: string }; fit: { score: number } | null }[]).map((r) => [r.job.id, r.fit?.score]))
      if (key(a.result) === key(b.result)) same++
    }
    summary('  before (decision 030 not applied; handler body only, no session check or JSON)', before)
    summary('  now (session check + handler + JSON)', now)
    console.log(`  same top 20 (ids, order, scores) for ${same} of ${users.length} students; load average after ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
    // The current handler alone, twice over the students (no legacy garbage in between): what a request costs this
    // process in CPU and allocation (decision 081), the figures the p95 above follows on a loaded machine.
    const alone = await weigh(users.length * 2, (i) => current(i % users.length))
    console.log(`  now, alone: ${describeWeighed(alone)}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
  } finally {
    await logged.prisma.$disconnect()
    await db.close()
  }
}
