import { createAdmin, createMember } from '@zhilian/db/factories'
import { seedDemo } from '@zhilian/db/seed/index'
import { DemandListInput } from '@zhilian/shared/contracts/demand-list'
import { MyListSchema } from '@zhilian/shared/contracts/lists'
import { SupplyListInput } from '@zhilian/shared/contracts/supply-list'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { bearer, createHarness, type Harness } from '../../testing/harness'

/**
 * Issue 11, "What must show": the seed creates its lists through the path a user's submission takes
 * (decision 015), so on a fresh seed every list exports, opens full on the phone, and no list without an
 * approved version reaches an administrator's chain export. A heavy suite (vitest.fuzz.config.ts): one seeded
 * province and a workbook per list take minutes on two cores.
 */
let h: Harness
let admin: string
const KINDS = [
  { kind: 'supply', path: 'supply-lists', schema: SupplyListInput },
  { kind: 'demand', path: 'demand-lists', schema: DemandListInput },
] as const
type Seeded = { orgId: string; name: string; kind: string; status: string; version: number; approvedVersion: number | null; draft: unknown }
let lists: Seeded[] = []

// One seeded province, then one request per list: minutes on a loaded machine.
vi.setConfig({ testTimeout: 400_000 })
beforeAll(async () => {
  h = await createHarness()
  await seedDemo(h.prisma, { today: new Date('2026-11-01T10:00:00+08:00') })
  admin = await h.tokenFor(await createAdmin(h.prisma))
  const select = { status: true, version: true, approvedVersion: true, draft: true } as const
  const [supply, demand] = await Promise.all([
    h.prisma.supplyList.findMany({ select: { ...select, college: { select: { id: true, name: true } } } }),
    h.prisma.demandList.findMany({ select: { ...select, org: { select: { id: true, name: true } } } }),
  ])
  lists = [
    ...supply.map(({ college, ...l }) => ({ ...l, orgId: college.id, name: college.name, kind: 'supply' })),
    ...demand.map(({ org, ...l }) => ({ ...l, orgId: org.id, name: org.name, kind: 'demand' })),
  ]
}, 400_000)
afterAll(() => h.close())

async function workbookText(res: Response): Promise<string> {
  expect(res.status).toBe(200)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(await res.arrayBuffer())
  return wb.worksheets.map((ws) => ws.getSheetValues().flat().join(' ')).join(' ')
}

/** The one unit seeded with a failing credit code (review-signals.ts) keeps it in its draft, as a user's draft would. */
const onlyUsccWrong = (l: Seeded) => {
  const parsed = KINDS.find((k) => k.kind === l.kind)!.schema.safeParse(l.draft)
  return !parsed.success && l.status === 'draft' && parsed.error.issues.every((i) => i.path.join('.').endsWith('uscc'))
}

describe('every seeded list', () => {
  it('exports with its unit\'s name, and its phone form opens with nothing missing', async () => {
    expect(lists.filter((l) => l.kind === 'supply').length).toBeGreaterThan(0)
    expect(lists.filter((l) => l.kind === 'demand').length).toBeGreaterThan(0)
    expect(lists.filter(onlyUsccWrong).length).toBeLessThanOrEqual(1)
    const problems: unknown[] = []
    for (const l of lists) {
      const { path } = KINDS.find((k) => k.kind === l.kind)!
      const org = { id: l.orgId, kind: l.kind === 'supply' ? 'college' : 'enterprise' }
      const token = await h.tokenFor((await createMember(h.prisma, org)).user)
      if (!onlyUsccWrong(l)) {
        // A member's export: the list as it stands, a seeded draft too (an administrator's is the submitted version, 097).
        const text = await workbookText(await h.app.request(`/api/exports/organizations/${l.orgId}/${l.kind}.xlsx`, { headers: bearer(token) }))
        expect(text, l.name).toContain(l.name)
      }
      const res = await h.app.request(`/api/${path}/mine`, { headers: bearer(token) })
      expect(res.status).toBe(200)
      const mine = MyListSchema.parse(await res.json())
      // The phone form is full; the seeded bad credit code shows as the one thing to fix.
      const full = onlyUsccWrong(l) ? mine.missingSections.every((m) => m.includes('统一社会信用代码')) : mine.missingSections.length === 0
      if (!full || mine.list?.version !== l.version) {
        problems.push({ name: l.name, kind: l.kind, status: l.status, missing: mine.missingSections, version: mine.list?.version })
      }
    }
    expect(problems).toEqual([])
  })

  it('reaches a chain export only through an approved version: a draft never does', async () => {
    const unapproved = lists.filter((l) => l.approvedVersion === null)
    expect(unapproved.some((l) => l.status === 'draft')).toBe(true)
    const approved = lists.filter((l) => l.approvedVersion !== null)
    const chains = await h.prisma.industryChain.findMany({ where: { active: true }, select: { id: true } })
    const seen = { supply: '', demand: '' }
    for (const { id } of chains) {
      for (const kind of ['supply', 'demand'] as const) {
        seen[kind] += await workbookText(await h.app.request(`/api/exports/chains/${id}/${kind}.xlsx`, { headers: bearer(admin) }))
      }
    }
    for (const l of unapproved) expect(seen[l.kind as 'supply' | 'demand'], l.name).not.toContain(l.name)
    // …while every approved list is in some chain's workbook.
    for (const l of approved) expect(seen[l.kind as 'supply' | 'demand'], l.name).toContain(l.name)
  })
})
