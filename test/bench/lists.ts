/**
 * Issues 4 and 13 benchmark: Excel import of a 10,000-row demand list, its submission and approval, and
 * export of a whole chain, through the real BFF on PostgreSQL (the province-scale database; see
 * lib/scale-db.ts). It writes (a list, 10,000 jobs per run): point it at a copy, never the shared one.
 *
 *   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/zl_bench_<you> npm run bench:lists -w @zhilian/test
 *
 * Prints: workbook size; upload → import done (parse, validate every cell, write the draft in one
 * transaction), polled as the phone does; submit (the job plan read, then the version recorded);
 * approval (10,000 jobs with skills and majors written in one transaction); GET
 * /api/exports/chains/SD-C02/demand.xlsx as an administrator. Then the same run times each rewritten
 * step against the path it replaced (testing/legacy-list-writes.ts, decision 032), in-process, each
 * database write inside a transaction that is rolled back: approval's job writes, import's write, the chain
 * workbook, the upload's reading (exceljs load alone → the whole parse), the chain workbook in memory → streamed, and a
 * 附件1's approval (row by row → set statements).
 */
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@zhilian/db'
import { SerialClient } from '@zhilian/db/serial-client'
import { defaultListContext, exportDemandWorkbook, parseDemandWorkbook } from '@zhilian/bff/excel/index'
import { demandLayout } from '@zhilian/bff/excel/demand-layout'
import type { ListLayout } from '@zhilian/bff/excel/layout'
import { applyJobs } from '@zhilian/bff/lists/demand-materialize'
import { stackWorkbooks } from '@zhilian/bff/routes/imports/chain-workbook'
import { approvedListData, unitsOfChain } from '@zhilian/bff/routes/imports/list-data'
import { DEMAND } from '@zhilian/bff/lists/list-kinds'
import { insertVersion } from '@zhilian/bff/lists/list-store'
import { materializeSupply } from '@zhilian/bff/lists/supply-materialize'
import { sampleDemandList, sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import { legacyApplyJobs, legacyLoadUpload, legacyMaterializeSupply, legacyStack, legacyStackInMemory, legacyWriteImport } from '@zhilian/bff/testing/legacy-list-writes'
import type { JobInput } from '@zhilian/shared/contracts/demand-list'
import { issueSessionToken } from '@zhilian/bff/lib/auth/session'
import { ensureScaleDb } from './lib/scale-db'
import { cpuMeter } from './lib/step-cpu'
import { BENCH_KEYS, startBff } from './lib/server'

const url = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/zl_bench'
const ROWS = 10_000
await ensureScaleDb(url, { jobs: 200_000, students: 500_000 })
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, Client: SerialClient }) })
const bff = await startBff(url)
const meter = await cpuMeter(bff.pid, url)
const local = await cpuMeter(process.pid, url)
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
/** Wall time, then CPU time of the BFF and of PostgreSQL: on a shared machine wall time is mostly waiting for a core. */
const took = async (from: number, cpu: () => Promise<{ bff: number; db: number }>) => {
  const wall = performance.now() - from
  const { bff: app, db } = await cpu()
  return `${s(wall)} wall; CPU ${s(app + db)} (BFF ${s(app)}, PostgreSQL ${s(db)})`
}
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

  const importFile = async (bytes: Uint8Array) => {
    const form = new FormData()
    form.set('file', new Blob([new Uint8Array(bytes)]), 'demand.xlsx')
    const answer = await fetch(`${bff.url}/api/imports/demand`, { method: 'POST', body: form, headers })
    let job = (await answer.json()) as { id: string; status: string; progress: number; issues?: unknown }
    while (!['done', 'failed'].includes(job.status)) {
      await new Promise((r) => setTimeout(r, 100))
      job = (await (await fetch(`${bff.url}/api/imports/${job.id}`, { headers })).json()) as typeof job
    }
    if (job.status !== 'done') throw new Error(`import failed: ${JSON.stringify(job.issues).slice(0, 500)}`)
  }
  // The server starts its parser worker at start-up (warmParser), which takes seconds of CPU; under load it can still
  // be loading when the upload arrives. An untimed one-row import first keeps that start-up out of the figure.
  await importFile(await exportDemandWorkbook({ ...data, jobs: data.jobs.slice(0, 1) }))

  let t = performance.now()
  let cpu = await meter.start()
  await importFile(file)
  console.log(`import of ${ROWS} rows (upload → done): ${await took(t, cpu)}`)
  let res: Response

  // The enterprise confirms the job plan it was shown (decision 015): that read is part of submitting.
  t = performance.now()
  cpu = await meter.start()
  const plan = (await (await fetch(`${bff.url}/api/demand-lists/mine/job-plan`, { headers })).json()) as { planKey: string; add: unknown[] }
  res = await fetch(`${bff.url}/api/demand-lists/mine/submit`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ confirmJobs: plan.planKey }) })
  if (!res.ok) console.error(bff.logs().slice(-3000))
  if (!res.ok) throw new Error(`submit answered ${res.status}: ${(await res.text()).slice(0, 500)}`)
  console.log(`submit of that list (job plan of ${plan.add.length} additions, version recorded): ${await took(t, cpu)}`)

  const admin = await prisma.user.findFirstOrThrow({ where: { role: 'admin', adminDepartment: null }, select: { id: true, tokenVersion: true } })
  const adminToken = await issueSessionToken(BENCH_KEYS.session, { id: admin.id, role: 'admin', tokenVersion: admin.tokenVersion })
  const adminHeaders = { authorization: `Bearer ${adminToken}` }
  // The stamp the queue shows for a list is its submittedAt; every decision sends it back (decisions 085, 088).
  const list = await prisma.demandList.findUniqueOrThrow({ where: { orgId: org.id }, select: { id: true, submittedAt: true } })
  t = performance.now()
  cpu = await meter.start()
  res = await fetch(`${bff.url}/api/review/demand_list/${list.id}/decision`, { method: 'POST', headers: { ...adminHeaders, 'content-type': 'application/json' }, body: JSON.stringify({ decision: 'approve', submittedAt: list.submittedAt?.toISOString() }) })
  if (!res.ok) throw new Error(`approval answered ${res.status}: ${(await res.text()).slice(0, 500)}`)
  console.log(`approval of that list (${ROWS} jobs with skills and majors written in one transaction): ${await took(t, cpu)}`)

  const lists = await prisma.demandList.count({ where: { org: { chains: { some: { chainId: 'SD-C02' } } } } })
  t = performance.now()
  cpu = await meter.start()
  res = await fetch(`${bff.url}/api/exports/chains/SD-C02/demand.xlsx`, { headers: adminHeaders })
  if (!res.ok) throw new Error(`export answered ${res.status}`)
  const bytes = (await res.arrayBuffer()).byteLength
  console.log(`export of chain SD-C02 (${lists} demand lists): ${await took(t, cpu)}, ${(bytes / 1024).toFixed(0)} KiB`)

  // Same run, in-process: each rewritten step against the path it replaced (BENCH_LISTS_COMPARE=0 skips them).
  if (process.env.BENCH_LISTS_COMPARE !== '0') {
    console.log('\nstep by step, the path before decision 032 against now (in-process, same data):')
    const timed = async (run: () => Promise<unknown>) => {
      const from = performance.now()
      const used = await local.start()
      await run()
      const wall = performance.now() - from
      const { bff: app, db } = await used()
      return { wall, cpu: app + db }
    }
    class Rollback extends Error {}
    const rolledBack = (work: (tx: Parameters<Parameters<typeof prisma.$transaction>[0]>[0]) => Promise<unknown>) =>
      timed(() => prisma.$transaction(async (tx) => { await work(tx); throw new Rollback() }, { timeout: 600_000 }).catch((e: unknown) => { if (!(e instanceof Rollback)) throw e }))
    type Took = { wall: number; cpu: number }
    const compare = (what: string, before: Took, after: Took) =>
      console.log(`  ${what}: CPU before ${s(before.cpu)}, now ${s(after.cpu)}, ${(before.cpu / after.cpu).toFixed(1)}× less (wall ${s(before.wall)} → ${s(after.wall)})`)

    // Approval's job writes: 10,000 new jobs for a list of an enterprise that has none.
    const spare = await prisma.organization.findFirstOrThrow({ where: { kind: 'enterprise', demandList: null }, select: { id: true } })
    const rows = data.jobs.map((j) => ({ ...j, title: `${j.title}-对照` })) as JobInput[]
    const withList = (write: typeof applyJobs) => rolledBack(async (tx) => {
      const scratch = await tx.demandList.create({ data: { orgId: spare.id, version: 0 }, select: { id: true } })
      await write(tx, spare.id, scratch.id, 'SD-C02', rows)
    })
    compare(`approval's job writes (${ROWS} new jobs with skills and majors)`, await withList(legacyApplyJobs), await withList(applyJobs))

    // Import's write: the version snapshot and the draft.
    const version = (await prisma.listVersion.aggregate({ where: { listId: list.id }, _max: { version: true } }))._max.version! + 1
    compare(
      "import's write (version and draft)",
      await rolledBack((tx) => legacyWriteImport(tx, 'demand', list.id, version, owner.id, data, 'bench')),
      await rolledBack((tx) => insertVersion(tx, 'demand', list.id, version, owner.id, 'import', data, { importHash: 'bench' })),
    )

    // The chain export's workbook from the approved lists it reads.
    const blocks: { orgName: string; data: unknown }[] = []
    for (const o of await unitsOfChain(prisma, DEMAND, 'SD-C02')) {
      const approved = await approvedListData(prisma, DEMAND, o.id)
      if (approved) blocks.push({ orgName: o.name, data: approved })
    }
    const layout = demandLayout as unknown as ListLayout<unknown>
    compare(
      `chain workbook (${blocks.length} lists: write each, read back, stack → stack from data)`,
      await timed(async () => legacyStack(layout, await Promise.all(blocks.map(async (b) => ({ orgName: b.orgName, bytes: await exportDemandWorkbook(b.data as never) }))))),
      await timed(() => stackWorkbooks(layout, defaultListContext(), blocks)),
    )

    console.log('\nstep by step, the workbook code before the streamed export against now (in-process):')
    // The upload's reading: exceljs loading the file (the old parser's first step, before any cell was
    // converted or validated) against the whole parse now (exceljs load, conversion, zod, content hash).
    compare(
      `reading the ${ROWS}-row upload (exceljs load alone → whole parse)`,
      await timed(() => legacyLoadUpload(file)),
      await timed(() => parseDemandWorkbook(file)),
    )
    compare(
      `chain workbook (${blocks.length} lists: in-memory workbook → streamed)`,
      await timed(() => legacyStackInMemory(layout, defaultListContext(), blocks)),
      await timed(() => stackWorkbooks(layout, defaultListContext(), blocks)),
    )

    // A 附件1's approval: SUPPLY_ROWS devices, courses, projects, patents and cases into a new list of a college.
    const SUPPLY_ROWS = 2_000
    const college = await prisma.organization.findFirstOrThrow({ where: { kind: 'college' }, select: { id: true } })
    const s0 = sampleSupplyList()
    const supply = {
      ...s0,
      equipment: Array.from({ length: SUPPLY_ROWS }, (_, i) => ({ ...s0.equipment[0]!, name: `${stamp}设备${i}`, chainIds: ['SD-C02'] })),
      trainingCourses: Array.from({ length: SUPPLY_ROWS }, (_, i) => ({ ...s0.trainingCourses[0]!, title: `${stamp}课程${i}`, chainIds: ['SD-C02'] })),
      researchProjects: Array.from({ length: SUPPLY_ROWS }, (_, i) => ({ ...s0.researchProjects[0]!, name: `${stamp}项目${i}`, chainIds: ['SD-C02'] })),
      ip: Array.from({ length: SUPPLY_ROWS }, (_, i) => ({ ...s0.ip[0]!, name: `${stamp}专利${i}` })),
      cases: Array.from({ length: SUPPLY_ROWS }, (_, i) => ({ ...s0.cases[0]!, title: `${stamp}案例${i}` })),
    }
    const supplyWrite = (write: typeof materializeSupply) => rolledBack(async (tx) => {
      const scratch = await tx.supplyList.create({ data: { collegeId: college.id, year: 1999 }, select: { id: true } })
      await write(tx, scratch.id, supply)
    })
    compare(`a 附件1's approval (${SUPPLY_ROWS} rows in each of five tables, with chains)`, await supplyWrite(legacyMaterializeSupply), await supplyWrite(materializeSupply))
  }
} finally {
  await Promise.all([meter.close(), local.close()])
  await prisma.$disconnect()
  await bff.stop()
}
