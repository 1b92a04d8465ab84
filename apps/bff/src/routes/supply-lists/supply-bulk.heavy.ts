import { createCollege } from '@zhilian/db/factories'
import type { SupplyListInput } from '@zhilian/shared/contracts/supply-list'
import { sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../testing/harness'
import { legacyMaterializeSupply } from '../../testing/legacy-list-writes'
import { materializeSupply } from '../../lists/supply-materialize'

/**
 * Decision 032: an approved 附件1 writes its tables in set statements. The same large list, changed twice,
 * must leave exactly the rows the row-by-row Prisma path (testing/legacy-list-writes.ts) leaves, and kept
 * equipment and courses keep their ids (bookings and enrolments hang on them). Runs on PGlite, and on
 * PostgreSQL when DATABASE_URL is set.
 */
let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

const CHAINS = ['SD-C01', 'SD-C02', undefined] as const

function list(n: number, from = 0): SupplyListInput {
  const s = sampleSupplyList()
  const chains = (i: number) => (CHAINS[i % 3] ? { chainIds: [CHAINS[i % 3]!] } : {})
  const at = (i: number) => from + i
  return {
    ...s,
    majors: s.majors.map((m, i) => ({ ...m, ...chains(i) })),
    equipment: Array.from({ length: n }, (_, i) => ({
      ...s.equipment[0]!, name: `设备${at(i)}`, model: i % 4 ? `M-${at(i)}` : undefined, quantity: 1 + (i % 5), open: i % 2 === 0,
      fee: i % 3 ? s.equipment[0]!.fee : undefined, feeNote: i % 3 ? s.equipment[0]!.feeNote : undefined, ...chains(i),
    })),
    trainingCourses: Array.from({ length: n }, (_, i) => ({
      ...s.trainingCourses[0]!, title: `课程${at(i)}`, hours: 10 + i, startDate: i % 2 ? '2026-09-01' : undefined, fee: i % 3 ? 1200.5 : undefined, ...chains(i + 1),
    })),
    researchProjects: Array.from({ length: n }, (_, i) => ({ ...s.researchProjects[0]!, name: `项目${at(i)}`, amountWan: 10.25 + i, finished: i % 2 === 0, ...chains(i + 2) })),
    ip: Array.from({ length: n }, (_, i) => ({ ...s.ip[0]!, name: `专利${at(i)}`, number: i % 2 ? `ZL${at(i)}` : undefined })),
    cases: Array.from({ length: n }, (_, i) => ({ ...s.cases[0]!, title: `案例${at(i)}`, year: i % 2 ? 2025 : undefined })),
  }
}

/** Everything the tables hold for a list, without ids (ids of kept rows are checked on their own). */
async function rowsOf(listId: string) {
  const where = { listId }
  const strip = <R extends { id: string; listId: string }>(rows: R[]) => rows.map(({ id: _i, listId: _l, ...r }) => r)
  const sorted = <R>(rows: R[]) => rows.map((r) => JSON.stringify(r)).sort()
  const chains = (links: { chainId: string }[]) => links.map((l) => l.chainId).sort()
  const p = h.prisma
  return {
    majors: sorted((await p.majorOffering.findMany({ where, include: { chains: true } })).map(({ id: _i, listId: _l, chains: c, ...r }) => ({ ...r, chains: chains(c) }))),
    enrolments: sorted(strip(await p.enrolment.findMany({ where }))),
    cohorts: sorted((await p.graduateCohort.findMany({ where, include: { destinations: true } })).map(({ id: _i, listId: _l, destinations, ...r }) => ({
      ...r, destinations: destinations.map(({ id: _d, cohortId: _c, ...d }) => d).sort((a, b) => a.type.localeCompare(b.type)),
    }))),
    faculty: sorted(strip(await p.faculty.findMany({ where })).map((f) => ({ ...f, seniorTitleShare: String(f.seniorTitleShare) }))),
    projects: sorted((await p.researchProject.findMany({ where, include: { chains: true } })).map(({ id: _i, listId: _l, chains: c, ...r }) => ({ ...r, amountWan: String(r.amountWan), chains: chains(c) }))),
    ip: sorted(strip(await p.intellectualProperty.findMany({ where }))),
    cases: sorted(strip(await p.caseStudy.findMany({ where }))),
    courses: sorted((await p.trainingCourse.findMany({ where, include: { chains: true } })).map(({ id: _i, listId: _l, chains: c, ...r }) => ({ ...r, fee: r.fee === null ? null : String(r.fee), chains: chains(c) }))),
    equipment: sorted((await p.equipment.findMany({ where, include: { chains: true } })).map(({ id: _i, listId: _l, chains: c, ...r }) => ({ ...r, chains: chains(c) }))),
  }
}

const idsByName = async (listId: string) => ({
  equipment: new Map((await h.prisma.equipment.findMany({ where: { listId }, select: { id: true, name: true } })).map((e) => [e.name, e.id])),
  courses: new Map((await h.prisma.trainingCourse.findMany({ where: { listId }, select: { id: true, title: true } })).map((c) => [c.title, c.id])),
})

describe('bulk supply writes on approval', () => {
  it('a 附件1 with hundreds of rows per table leaves the same rows as the row-by-row path, through changes, removals and additions', { timeout: 600_000 }, async () => {
    const lists = await Promise.all([0, 1].map(async () => {
      const college = await createCollege(h.prisma, { verification: 'verified' })
      return (await h.prisma.supplyList.create({ data: { collegeId: college.id, year: 2026 }, select: { id: true } })).id
    }))
    const [bulk, legacy] = lists as [string, string]
    const apply = async (v: SupplyListInput) => {
      await h.prisma.$transaction((tx) => materializeSupply(tx, bulk, v), { timeout: 300_000 })
      await h.prisma.$transaction((tx) => legacyMaterializeSupply(tx, legacy, v), { timeout: 300_000 })
    }

    const first = list(300)
    await apply(first)
    const after1 = await rowsOf(bulk)
    expect(after1.equipment).toHaveLength(300)
    expect(after1.courses).toHaveLength(300)
    expect(after1).toEqual(await rowsOf(legacy))
    const ids1 = await idsByName(bulk)

    // 100 devices and courses changed, 100 removed, 50 new; every other table replaced by a shorter list.
    const fresh = list(50, 1000)
    const second: SupplyListInput = {
      ...first,
      equipment: [...first.equipment.slice(0, 100).map((e) => ({ ...e, quantity: e.quantity + 10, coreFunction: '改造后', chainIds: ['SD-C02'] })), ...first.equipment.slice(200), ...fresh.equipment],
      trainingCourses: [...first.trainingCourses.slice(0, 100).map((c) => ({ ...c, hours: 99, fee: 10, startDate: '2026-10-01' })), ...first.trainingCourses.slice(200), ...fresh.trainingCourses],
      researchProjects: first.researchProjects.slice(0, 120),
      ip: fresh.ip,
      cases: first.cases.slice(50),
    }
    await apply(second)
    const after2 = await rowsOf(bulk)
    expect(after2.equipment).toHaveLength(250)
    expect(after2).toEqual(await rowsOf(legacy))
    const ids2 = await idsByName(bulk)
    for (const kind of ['equipment', 'courses'] as const) {
      const kept = [...ids2[kind]].filter(([name]) => ids1[kind].has(name))
      expect(kept).toHaveLength(200)
      for (const [name, id] of kept) expect(id, name).toBe(ids1[kind].get(name))
    }

    // An empty version leaves nothing behind.
    const empty = { ...second, equipment: [], trainingCourses: [], researchProjects: [], ip: [], cases: [] }
    await apply(empty)
    expect(await rowsOf(bulk)).toEqual(await rowsOf(legacy))
    expect((await rowsOf(bulk)).equipment).toEqual([])
  })
})
