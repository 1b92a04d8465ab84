/**
 * Issue 4 benchmark: Excel import of a 10,000-row demand list and export of a whole chain, through
 * the real BFF on PostgreSQL (the province-scale database; see lib/scale-db.ts).
 *
 *   npm run bench:lists -w @zhilian/test        (BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/zl_bench)
 *
 * Prints: workbook size; upload → import done (parse, validate every cell, write the draft in one
 * transaction), polled as the phone does; submit of that list (10,000 Job rows written in one
 * transaction); and GET /api/exports/chains/SD-C02/demand.xlsx as an administrator.
 */
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@zhilian/db'
import { exportDemandWorkbook } from '@zhilian/bff/excel/index'
import { issueSessionToken } from '@zhilian/bff/lib/auth/session'
import { sampleDemandList } from '@zhilian/shared/contracts/list-samples'
import { ensureScaleDb } from './lib/scale-db'
import { BENCH_KEYS, startBff } from './lib/server'

const url = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/zl_bench'
const ROWS = 10_000
await ensureScaleDb(url, { jobs: 200_000, students: 500_000 })
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) })
const bff = await startBff(url)
const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(2)} s`
try {
  // A verified enterprise of its own per run, so reruns do not collide with an earlier run's list.
  const owner = await prisma.user.findFirstOrThrow({ where: { username: 'demo_enterprise' }, select: { id: true, tokenVersion: true, memberships: { select: { org: true } } } })
  const org = owner.memberships[0]!.org
  const token = await issueSessionToken(BENCH_KEYS.session, { id: owner.id, role: 'enterprise', tokenVersion: owner.tokenVersion })
  const headers = { authorization: `Bearer ${token}` }
  const sample = sampleDemandList()
  const base = sample.jobs[0]!
  const stamp = Date.now().toString(36)
  const data = {
    ...sample,
    org: { ...sample.org, name: org.name, uscc: org.uscc },
    jobs: Array.from({ length: ROWS }, (_, i) => ({ ...base, title: `${base.title}${stamp}-${i + 1}号岗`, skills: [base.skills[0]!] })),
  }
  const file = await exportDemandWorkbook(data)
  console.log(`demand list workbook: ${ROWS} job rows, ${(file.byteLength / 1024).toFixed(0)} KiB`)

  let t = performance.now()
  const form = new FormData()
  form.set('file', new Blob([new Uint8Array(file)]), 'demand.xlsx')
  let res = await fetch(`${bff.url}/api/imports/demand`, { method: 'POST', body: form, headers })
  let job = (await res.json()) as { id: string; status: string; progress: number; issues?: unknown }
  while (!['done', 'failed'].includes(job.status)) {
    await new Promise((r) => setTimeout(r, 100))
    job = (await (await fetch(`${bff.url}/api/imports/${job.id}`, { headers })).json()) as typeof job
  }
  if (job.status !== 'done') throw new Error(`import failed: ${JSON.stringify(job.issues).slice(0, 500)}`)
  console.log(`import of ${ROWS} rows (upload → done): ${seconds(t)}`)

  t = performance.now()
  res = await fetch(`${bff.url}/api/demand-lists/mine/submit`, { method: 'POST', headers })
  if (!res.ok) console.error(bff.logs().slice(-3000))
  if (!res.ok) throw new Error(`submit answered ${res.status}: ${(await res.text()).slice(0, 500)}`)
  console.log(`submit of that list (${ROWS} jobs written in one transaction): ${seconds(t)}`)

  const admin = await prisma.user.findFirstOrThrow({ where: { role: 'admin' }, select: { id: true, tokenVersion: true } })
  const adminToken = await issueSessionToken(BENCH_KEYS.session, { id: admin.id, role: 'admin', tokenVersion: admin.tokenVersion })
  const lists = await prisma.demandList.count({ where: { org: { chains: { some: { chainId: 'SD-C02' } } } } })
  t = performance.now()
  res = await fetch(`${bff.url}/api/exports/chains/SD-C02/demand.xlsx`, { headers: { authorization: `Bearer ${adminToken}` } })
  if (!res.ok) throw new Error(`export answered ${res.status}`)
  const bytes = (await res.arrayBuffer()).byteLength
  console.log(`export of chain SD-C02 (${lists} demand lists): ${seconds(t)}, ${(bytes / 1024).toFixed(0)} KiB`)
} finally {
  await prisma.$disconnect()
  await bff.stop()
}
