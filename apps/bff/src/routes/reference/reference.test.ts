import { seedReference } from '@zhilian/db/seed/reference'
import { createCollege, createEnterprise } from '@zhilian/db/factories'
import {
  ChainListSchema,
  CityListSchema,
  CollegeOptionListSchema,
  EnterpriseLabelListSchema,
  MajorListSchema,
} from '@zhilian/shared/contracts/reference'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../../testing/harness'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
  await seedReference(h.prisma)
})
afterAll(() => h.close())

const ref = () => h.client.api.reference
const ok = async (call: Promise<{ status: number; json(): Promise<unknown> }>) => {
  const res = await call
  expect(res.status).toBe(200)
  return res.json()
}

describe('reference data', () => {
  it('lists the cities stored in the database', async () => {
    const { items } = CityListSchema.parse(await ok(ref().cities.$get()))
    expect(items).toHaveLength(await h.prisma.city.count())
    expect(items.map((c) => c.name)).toContain('济南市')
  })

  it('lists active chains in display order with their status and major count', async () => {
    const { items } = ChainListSchema.parse(await ok(ref().chains.$get()))
    expect(items).toHaveLength(await h.prisma.industryChain.count({ where: { active: true } }))
    const orders = items.map((c) => c.sortOrder)
    expect(orders).toEqual([...orders].sort((a, b) => a - b))
    expect(new Set(items.map((c) => c.status))).toEqual(new Set(['confirmed', 'candidate']))
    const first = items[0]!
    expect(first.majorCount).toBe(await h.prisma.chainMajor.count({ where: { chainId: first.id } }))
  })

  it('searches majors by name and by chain', async () => {
    const sample = await h.prisma.major.findFirstOrThrow({ where: { chains: { some: {} } }, include: { chains: true } })
    const byName = MajorListSchema.parse(await ok(ref().majors.$get({ query: { q: sample.name } })))
    expect(byName.items.map((m) => m.code)).toContain(sample.code)
    expect(byName.items.every((m) => m.name.includes(sample.name) || m.code.startsWith(sample.name))).toBe(true)

    const chainId = sample.chains[0]!.chainId
    const byChain = MajorListSchema.parse(await ok(ref().majors.$get({ query: { chainId } })))
    const linked = await h.prisma.chainMajor.findMany({ where: { chainId }, select: { majorCode: true } })
    expect(byChain.items.length).toBe(Math.min(50, linked.length))
    const linkedCodes = new Set(linked.map((l) => l.majorCode))
    expect(byChain.items.every((m) => linkedCodes.has(m.code))).toBe(true)
  })

  it('offers every level of the catalogue, filters by level, finds 国控 codes, and hides retired majors', async () => {
    for (const level of ['中职', '高职专科', '职业本科'] as const) {
      const { items } = MajorListSchema.parse(await ok(ref().majors.$get({ query: { level, q: '技术' } })))
      expect(items.length, level).toBeGreaterThan(0)
      expect(items.every((m) => m.level === level), level).toBe(true)
    }
    const k = MajorListSchema.parse(await ok(ref().majors.$get({ query: { q: '570102k' } })))
    expect(k.items).toEqual([expect.objectContaining({ code: '570102K', name: '学前教育', level: '高职专科' })])
    await h.prisma.major.update({ where: { code: '570103K' }, data: { status: 'retired' } })
    const retired = MajorListSchema.parse(await ok(ref().majors.$get({ query: { q: '小学教育' } })))
    expect(retired.items.map((m) => m.code)).not.toContain('570103K')
    await h.prisma.major.update({ where: { code: '570103K' }, data: { status: 'active' } })
    // A level outside the enum cannot be typed, so this stays a raw request.
    expect((await h.app.request(`/api/reference/majors?level=${encodeURIComponent('本科')}`)).status).toBe(400)
  })

  it('lists enterprise labels', async () => {
    const { items } = EnterpriseLabelListSchema.parse(await ok(ref().labels.$get()))
    expect(items).toHaveLength(await h.prisma.enterpriseLabel.count())
  })

  it('offers only verified colleges to the résumé picker, searchable by name', async () => {
    const verified = await createCollege(h.prisma, { name: '淄博示范职业学院' })
    await createCollege(h.prisma, { name: '淄博待审职业学院', verification: 'pending' })
    await createEnterprise(h.prisma, { name: '淄博职业装备有限公司' })
    const { items } = CollegeOptionListSchema.parse(await ok(ref().colleges.$get({ query: { q: '淄博' } })))
    expect(items).toEqual([{ id: verified.id, name: '淄博示范职业学院', cityName: '淄博市' }])
    const bad = await ref().colleges.$get({ query: { q: '长'.repeat(51) } })
    expect(bad.status).toBe(400)
  })

  it('reads %, _ and \\ in a search as the characters themselves, never as LIKE wildcards (hostile-client audit, decision 042)', async () => {
    // Before: `%` or `_` listed the first 50 majors and every verified college, whatever their names.
    for (const q of ['%', '_', '%%', '淄博%', '淄博_', '\\']) {
      expect(CollegeOptionListSchema.parse(await ok(ref().colleges.$get({ query: { q } }))).items, q).toEqual([])
      expect(MajorListSchema.parse(await ok(ref().majors.$get({ query: { q } }))).items, q).toEqual([])
    }
    // The code prefix too: `4_` is not every major whose code starts with 4.
    const { items } = MajorListSchema.parse(await ok(ref().majors.$get({ query: { q: '4_' } })))
    expect(items).toEqual([])
  })
})
