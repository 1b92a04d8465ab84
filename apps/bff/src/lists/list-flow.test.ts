import { createAdmin, createCollege, createEnterprise, createJob, createMember } from '@zhilian/db/factories'
import { ChainSummaryListSchema } from '@zhilian/shared/contracts/analytics'
import { sampleDemandList, sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import { JobPlanSchema, MyListSchema, SectionSavedSchema, SubmittedSchema, VersionListSchema } from '@zhilian/shared/contracts/lists'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createHarness, expectProblem, type Harness } from '../testing/harness'
import { decideAsRead } from '../testing/review-as-read'
import { demandSections, supplySections } from '../testing/list-sections'

/** Decision 015 across parts: submit → review → what the province sees (chains, jobs, exports, versions). */
let h: Harness
let admin: string
// Each test drives the whole flow (fill, submit, review, read back) through the app: minutes on a loaded machine.
vi.setConfig({ testTimeout: 180_000 })
beforeAll(async () => {
  h = await createHarness()
  admin = await h.tokenFor(await createAdmin(h.prisma))
})
afterAll(() => h.close())

const approve = (kind: 'supply_list' | 'demand_list', id: string) =>
  decideAsRead(h, admin, kind, id, { decision: 'approve' })

async function college() {
  const org = await createCollege(h.prisma)
  const { user } = await createMember(h.prisma, org)
  const token = await h.tokenFor(user)
  const data = sampleSupplyList()
  data.college.uscc = org.uscc
  const mine = h.clientAs(token).api['supply-lists'].mine
  const put = (section: string, value: Record<string, unknown>) => mine.sections[':section'].$put({ param: { section }, json: value })
  const fill = async (d = data) => {
    for (const [s, v] of supplySections(d)) expect((await put(s, v)).status).toBe(200)
  }
  const submit = async () => SubmittedSchema.parse(await (await mine.submit.$post({ json: {} })).json())
  return { org, token, data, put, fill, submit }
}

async function chainRows() {
  const res = await h.clientAs(admin).api.analytics.chains.$get({ query: { year: String(sampleSupplyList().year) } })
  expect(res.status).toBe(200)
  return new Map(ChainSummaryListSchema.parse(await res.json()).items.map((r) => [r.chainId, r]))
}

async function exportedUnits(chainId: string, kind: 'supply' | 'demand'): Promise<string> {
  const res = await h.clientAs(admin).api.exports.chains[':chainId'][':kind'].$get({ param: { chainId, kind: `${kind}.xlsx` } })
  expect(res.status).toBe(200)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(await res.arrayBuffer())
  return wb.worksheets.map((ws) => ws.getSheetValues().flat().join(' ')).join(' ')
}

describe('a submitted 附件1', () => {
  it('counts nowhere until approved; then the college is in exactly the chains its rows name, with its students', async () => {
    const m = await college()
    // 460103 serves 高端装备, 农机装备 and 工程机械 by the map; the college says it serves 工程机械 only.
    m.data.majors = [{ majorCode: '460103', chainIds: ['SD-C09'] }, { majorCode: '460104' }]
    const before = await chainRows()
    await m.fill()
    const sent = await m.submit()
    expect(await h.prisma.majorOffering.count({ where: { listId: sent.id } })).toBe(0)
    expect(await exportedUnits('SD-C09', 'supply')).not.toContain(m.data.college.name)
    expect([...(await chainRows()).values()].map((r) => r.colleges)).toEqual([...before.values()].map((r) => r.colleges))

    expect((await approve('supply_list', sent.id)).status).toBe(200)
    const after = await chainRows()
    const students = (code: string) => m.data.enrolments.filter((e) => e.majorCode === code).reduce((s, e) => s + e.count, 0)
    // 460104 had no chains entered: the chain–major map filled in 高端装备.
    const expected: Record<string, { colleges: number; enrolment: number }> = {
      'SD-C09': { colleges: 1, enrolment: students('460103') }, 'SD-C02': { colleges: 1, enrolment: students('460104') },
    }
    for (const [chainId, row] of after) {
      const was = before.get(chainId)!
      const grew = expected[chainId] ?? { colleges: 0, enrolment: 0 }
      expect({ chainId, colleges: row.colleges - was.colleges, enrolment: row.enrolment - was.enrolment }).toEqual({ chainId, ...grew })
    }
    const stored = await h.prisma.majorOffering.findMany({ where: { listId: sent.id }, select: { majorCode: true, chains: { select: { chainId: true } } }, orderBy: { majorCode: 'asc' } })
    expect(stored.map((o) => [o.majorCode, o.chains.map((c) => c.chainId)])).toEqual([['460103', ['SD-C09']], ['460104', ['SD-C02']]])
    expect(await exportedUnits('SD-C09', 'supply')).toContain(m.data.college.name)
    expect(await exportedUnits('SD-C07', 'supply')).not.toContain(m.data.college.name)
  })

  it('keeps versions append-only and lets a new approved version replace the old one’s rows', async () => {
    const m = await college()
    await m.fill()
    const v1 = await m.submit()
    await approve('supply_list', v1.id)
    const dropped = m.data.equipment[0]!.name
    await m.put('equipment', { equipment: m.data.equipment.slice(1) })
    const v2 = await m.submit()
    expect(v2.version).toBe(2)
    // While version 2 is in review, version 1 goes on counting, rows and all.
    expect(await h.prisma.equipment.count({ where: { listId: v1.id, name: dropped } })).toBe(1)
    expect((await approve('supply_list', v1.id)).status).toBe(200)
    expect(await h.prisma.equipment.count({ where: { listId: v1.id, name: dropped } })).toBe(0)
    expect(await h.prisma.equipment.count({ where: { listId: v1.id } })).toBe(m.data.equipment.length - 1)
    expect((await h.prisma.supplyList.findUniqueOrThrow({ where: { id: v1.id } })).approvedVersion).toBe(2)
    // A list whose number ran ahead of its history (as old seeds left it) still never reuses a number.
    await h.prisma.supplyList.update({ where: { id: v1.id }, data: { version: 5 } })
    await m.put('equipment', { equipment: m.data.equipment })
    expect((await m.submit()).version).toBe(6)
    const history = VersionListSchema.parse(await (await h.clientAs(m.token).api['supply-lists'].mine.versions.$get()).json())
    expect(history.items.map((v) => v.version)).toEqual([6, 2, 1])
  })

  it('says the draft has unsubmitted changes from a changing save until the next submission, whatever a review does', async () => {
    const m = await college()
    const mine = async () => MyListSchema.parse(await (await h.clientAs(m.token).api['supply-lists'].mine.$get()).json())
    await m.fill()
    // Never submitted: the list is a draft as a whole, its status says so.
    expect((await mine()).list?.unsubmittedChanges).toBe(false)
    const v1 = await m.submit()
    expect((await mine()).list?.unsubmittedChanges).toBe(false)
    // A review moves updatedAt, not the draft (the reason updatedAt could not tell, decision 068).
    await approve('supply_list', v1.id)
    expect((await mine()).list).toMatchObject({ status: 'approved', unsubmittedChanges: false })
    // 保存草稿 on an untouched step is no change.
    await m.put('equipment', { equipment: m.data.equipment })
    expect((await mine()).list?.unsubmittedChanges).toBe(false)
    // The save's own answer says so too: the form's status line follows it without reloading.
    expect(SectionSavedSchema.parse(await (await m.put('equipment', { equipment: m.data.equipment.slice(1) })).json()).unsubmittedChanges).toBe(true)
    expect((await mine()).list).toMatchObject({ status: 'approved', unsubmittedChanges: true })
    await m.submit()
    expect((await mine()).list).toMatchObject({ status: 'submitted', unsubmittedChanges: false })
  })

  it('never lets a draft into the chain export', async () => {
    const m = await college()
    m.data.college.name = '只存草稿的职业学院'
    await m.fill()
    for (const chainId of ['SD-C02', 'SD-C07', 'SD-C09']) expect(await exportedUnits(chainId, 'supply')).not.toContain('只存草稿的职业学院')
  })
})

describe('a submitted 附件2', () => {
  async function enterprise() {
    const org = await createEnterprise(h.prisma)
    const { user } = await createMember(h.prisma, org)
    const token = await h.tokenFor(user)
    const data = sampleDemandList()
    data.org.uscc = org.uscc
    const mine = h.clientAs(token).api['demand-lists'].mine
    const put = (section: string, value: Record<string, unknown>) => mine.sections[':section'].$put({ param: { section }, json: value })
    const fill = async () => {
      for (const [s, v] of demandSections(data)) expect((await put(s, v)).status).toBe(200)
    }
    const plan = async () => JobPlanSchema.parse(await (await mine['job-plan'].$get()).json())
    const submit = (confirmJobs?: string) => mine.submit.$post({ json: confirmJobs ? { confirmJobs } : {} })
    return { org, data, put, fill, plan, submit }
  }

  it('changes no job outside it: 我的岗位 stays as posted; the confirmed plan is what approval does', async () => {
    const m = await enterprise()
    // Posted from 我的岗位, one of them with the same title as a list row.
    const own = await createJob(h.prisma, { orgId: m.org.id, title: m.data.jobs[0]!.title, status: 'open' })
    const other = await createJob(h.prisma, { orgId: m.org.id, title: '自行发布的岗位', status: 'open' })
    const snapshot = async () => (await h.prisma.job.findMany({ where: { id: { in: [own.id, other.id] } }, orderBy: { id: 'asc' }, include: { skills: true, majors: true } }))
    const untouched = await snapshot()

    await m.fill()
    const plan = await m.plan()
    expect(plan).toMatchObject({ add: m.data.jobs.map((j) => ({ id: null, title: j.title })), change: [], close: [], untouched: 2 })
    await expectProblem(await m.submit(), 409, 'INVALID_TRANSITION')
    const sent = SubmittedSchema.parse(await (await m.submit(plan.planKey)).json())
    expect(await h.prisma.job.count({ where: { fromListId: sent.id } })).toBe(0)

    expect((await approve('demand_list', sent.id)).status).toBe(200)
    const listed = await h.prisma.job.findMany({ where: { fromListId: sent.id } })
    expect(listed.map((j) => [j.title, j.status])).toEqual(expect.arrayContaining(m.data.jobs.map((j) => [j.title, 'open'])))
    expect(listed).toHaveLength(m.data.jobs.length)

    // Version 2 drops a row and changes another: exactly those two list jobs move.
    const [kept, removed] = m.data.jobs
    await m.put('jobs', { jobs: [{ ...kept!, headcount: kept!.headcount + 1 }] })
    const plan2 = await m.plan()
    expect(plan2).toMatchObject({ add: [], change: [{ title: kept!.title, fields: ['需求人数'] }], close: [{ title: removed!.title }], unchanged: 0, untouched: 2 })
    const sent2 = await m.submit(plan2.planKey)
    expect(sent2.status).toBe(200)
    expect(await h.prisma.job.count({ where: { fromListId: sent.id, status: 'open' } })).toBe(2)
    await approve('demand_list', sent.id)
    const after = new Map((await h.prisma.job.findMany({ where: { fromListId: sent.id } })).map((j) => [j.title, j]))
    expect(after.get(kept!.title)).toMatchObject({ status: 'open', headcount: kept!.headcount + 1 })
    expect(after.get(removed!.title)?.status).toBe('closed')
    expect(await snapshot()).toEqual(untouched)
  })
})
