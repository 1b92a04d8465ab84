import { createAdmin, createCollege, createMember } from '@zhilian/db/factories'
import { ChainSummaryListSchema, MapSchema } from '@zhilian/shared/contracts/analytics'
import { sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import { SubmittedSchema } from '@zhilian/shared/contracts/lists'
import { SupplyDemandReportSchema } from '@zhilian/shared/contracts/reports'
import { HomeStatsSchema } from '@zhilian/shared/contracts/stats'
import type { SupplyListInput } from '@zhilian/shared/contracts/supply-list'
import { TrainingPageSchema } from '@zhilian/shared/contracts/trainings'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createHarness, type Harness } from '../testing/harness'
import { decideAsRead } from '../testing/review-as-read'
import { supplySections } from '../testing/list-sections'

/**
 * Decision 076, the supply side: what an approved 附件1 writes — enrolment by grade and training courses with their
 * capacity — the report (province, city and chain rows), the map's tiles for both pairs, the chain summaries, the home
 * page and the students' training menu show with the numbers submitted; version 2 replaces version 1 exactly, and a
 * version still in review changes nothing.
 */
let h: Harness
let admin: string
vi.setConfig({ testTimeout: 180_000 })
beforeAll(async () => {
  h = await createHarness()
  admin = await h.tokenFor(await createAdmin(h.prisma))
})
afterAll(() => h.close())

const YEAR = new Date().getUTCFullYear()
const CHAIN = 'SD-C02'
const JINAN = '370100'
const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)

async function college() {
  const org = await createCollege(h.prisma, { cityCode: JINAN, chainIds: [CHAIN] })
  const { user } = await createMember(h.prisma, org)
  const mine = h.clientAs(await h.tokenFor(user)).api['supply-lists'].mine
  const base = sampleSupplyList()
  const list = (enrolments: SupplyListInput['enrolments'], majors: string[], capacity: number): SupplyListInput => ({
    ...base, year: YEAR, college: { ...base.college, uscc: org.uscc, name: org.name },
    majors: majors.map((majorCode) => ({ majorCode, chainIds: [CHAIN] })), enrolments,
    cohorts: base.cohorts.filter((c) => majors.includes(c.majorCode)), faculty: base.faculty.filter((f) => majors.includes(f.majorCode)),
    equipment: base.equipment.map((e) => ({ ...e, chainIds: [CHAIN] })), researchProjects: base.researchProjects.map((p) => ({ ...p, chainIds: [CHAIN] })),
    trainingCourses: base.trainingCourses.map((t) => ({ ...t, yearlyCapacity: capacity, startDate: inAMonth, chainIds: [CHAIN] })),
  })
  /** Puts the list's sections, submits, and approves unless told to leave it in review. */
  const file = async (d: SupplyListInput, approve = true) => {
    for (const [s, v] of supplySections(d)) expect((await mine.sections[':section'].$put({ param: { section: s }, json: v })).status).toBe(200)
    const sent = SubmittedSchema.parse(await (await mine.submit.$post({ json: {} })).json())
    if (!approve) return
    const res = await decideAsRead(h, admin, 'supply_list', sent.id, { decision: 'approve' })
    expect(res.status).toBe(200)
  }
  return { org, list, file }
}

async function views(collegeName: string) {
  const as = h.clientAs(admin).api
  const year = String(YEAR)
  const report = SupplyDemandReportSchema.parse(await (await as.reports[':year'].$get({ param: { year } })).json())
  const talent = MapSchema.parse(await (await as.map.$get({ query: { year } })).json())
  const training = MapSchema.parse(await (await as.map.$get({ query: { year, pair: 'training' } })).json())
  const chains = ChainSummaryListSchema.parse(await (await as.analytics.chains.$get({ query: { year } })).json())
  const home = HomeStatsSchema.parse(await (await h.client.api.stats.home.$get()).json())
  const menu = TrainingPageSchema.parse(await (await h.client.api.trainings.$get({ query: { cityCode: JINAN, limit: '50' } })).json())
  const jinan = report.cities.find((c) => c.cityCode === JINAN)!
  const chain = chains.items.find((c) => c.chainId === CHAIN)!
  return {
    enrolment: {
      report: report.province.enrolment, city: jinan.enrolment, map: talent.cities.find((c) => c.adcode === JINAN)!.enrolment,
      chain: chain.enrolment, home: home.province.enrolledStudents, homeChain: home.chains.find((c) => c.chainId === CHAIN)!.enrolledStudents,
    },
    // Expected graduates (the final grade) × the share of the latest cohort that went to enterprises (here all).
    entrants: { report: report.province.talent.supply, city: jinan.talent.supply, map: talent.cities.find((c) => c.adcode === JINAN)!.supply, chain: chain.talent.supply },
    seats: { report: report.province.training.supply, city: jinan.training.supply, map: training.cities.find((c) => c.adcode === JINAN)!.supply, chain: chain.training.supply },
    menu: menu.items.filter((c) => c.college.name === collegeName).map((c) => `${c.title}:${c.capacity}:${c.seatsLeft}`),
  }
}

/** What `after` shows beyond `before`, figure by figure. */
const minus = (after: Record<string, number>, before: Record<string, number>) => Object.fromEntries(Object.entries(after).map(([k, v]) => [k, v - before[k]!]))

describe('an approved 附件1 across every part', () => {
  it('shows its students and training seats everywhere; version 2 replaces version 1; a version in review changes nothing', async () => {
    const c = await college()
    const before = await views(c.org.name)
    const everywhere = (n: number) => ({ report: n, city: n, map: n, chain: n })

    await c.file(c.list([{ majorCode: '460103', grade: 1, count: 120 }, { majorCode: '460103', grade: 2, count: 110 }, { majorCode: '460104', grade: 1, count: 90 }], ['460103', '460104'], 200))
    const v1 = await views(c.org.name)
    expect(minus(v1.enrolment, before.enrolment)).toEqual({ ...everywhere(320), home: 320, homeChain: 320 })
    expect(minus(v1.seats, before.seats)).toEqual(everywhere(200))
    expect(minus(v1.entrants, before.entrants)).toEqual(everywhere(110 + 90))
    expect(v1.menu).toEqual(['五轴编程提升班:30:30'])

    // Version 2: 460104 no longer offered, 460103's first grade 120 → 150, the course's yearly capacity 200 → 300.
    await c.file(c.list([{ majorCode: '460103', grade: 1, count: 150 }, { majorCode: '460103', grade: 2, count: 110 }], ['460103'], 300))
    const v2 = await views(c.org.name)
    expect(minus(v2.enrolment, before.enrolment)).toEqual({ ...everywhere(260), home: 260, homeChain: 260 })
    expect(minus(v2.seats, before.seats)).toEqual(everywhere(300))
    expect(minus(v2.entrants, before.entrants)).toEqual(everywhere(110))
    expect(v2.menu).toEqual(['五轴编程提升班:30:30'])

    // Version 3 waits for review: the approved version 2 goes on counting everywhere.
    await c.file(c.list([{ majorCode: '460103', grade: 1, count: 999 }], ['460103'], 999), false)
    expect(await views(c.org.name)).toEqual(v2)
  })
})
