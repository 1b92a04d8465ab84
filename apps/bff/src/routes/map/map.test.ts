import { createCollege, createEnterprise, createJob, createMember } from '@zhilian/db/factories'
import { MapCityDetailSchema, MapSchema, SHANDONG_TILE_GRID } from '@zhilian/shared/contracts/analytics'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { supplyList } from '../../testing/analytics-fixtures'
import { bearer, createHarness, expectProblem, type Harness } from '../../testing/harness'

let h: Harness
let token: string
const A = 'SD-C02'
const MECH = '460301'
// city → [expected graduates, the year's head-count]: one city per colour class.
const CASES = { '370300': [10, 20], '370100': [30, 20], '370700': [50, 10], '370200': [0, 6] } as const
const COLOURS = { '370300': 'shortage', '370100': 'balanced', '370700': 'surplus', '370200': 'no_supply' } as const
const COURSE = 120

beforeAll(async () => {
  h = await createHarness()
  const db = h.prisma
  for (const [city, [grads, demand]] of Object.entries(CASES)) {
    if (grads) {
      const c = await createCollege(db, { cityCode: city, name: `${city}职业学院` })
      // Grade 2 is the final grade: its students are the year's graduates.
      await supplyList(db, c.id, 2025, [{ code: MECH, chains: [A], grades: [grads * 2, grads] }], 'approved', city === '370300' ? { courses: [{ chainId: A, yearlyCapacity: COURSE }], equipment: [{ chainId: A, open: true }, { chainId: A, open: false }] } : {})
    }
    const e = await createEnterprise(db, { cityCode: city, name: `${city}装备公司` })
    await createJob(db, { orgId: e.id, chainId: A, cityCode: city, headcount: demand, majorCodes: [MECH], publishedAt: new Date('2025-04-01') })
  }
  // Every one of the chain's four enterprises filed: coverage 100%, so the ratios stand.
  await db.industryChain.update({ where: { id: A }, data: { knownEnterprises: Object.keys(CASES).length, knownEnterprisesSource: '测试口径' } })
  const viewer = await createEnterprise(db)
  token = await h.tokenFor((await createMember(db, viewer)).user)
})
afterAll(() => h.close())

const mapApi = () => h.clientAs(token).api.map

describe('GET /api/map', () => {
  it('has exactly the 16 cities on distinct tiles, with supply, demand, ratio and colour', async () => {
    const res = await mapApi().$get({ query: { chainId: A } })
    expect(res.status).toBe(200)
    const map = MapSchema.parse(await res.json())
    expect(map.cities).toHaveLength(16)
    expect(new Set(map.cities.map((c) => `${c.grid.row},${c.grid.col}`)).size).toBe(16)
    expect(map.cities.every((c) => c.grid.row < SHANDONG_TILE_GRID.rows && c.grid.col < SHANDONG_TILE_GRID.cols)).toBe(true)
    for (const [city, [grads, demand]] of Object.entries(CASES)) {
      const tile = map.cities.find((c) => c.adcode === city)!
      expect(tile).toMatchObject({ supply: grads, enrolment: grads * 3, demand, colour: COLOURS[city as keyof typeof COLOURS] })
      expect(tile.ratio).toBe(Math.round((grads / demand) * 100) / 100)
    }
    expect(map.cities.filter((c) => c.colour === 'no_data')).toHaveLength(16 - Object.keys(CASES).length)
    expect(map).toMatchObject({ year: 2025, pair: 'talent', coverage: { filed: 4, known: 4, level: 'sufficient' } })
  })

  it('withholds the colour where coverage is unknown, and shows the pair asked for', async () => {
    // All chains together: the other chains have no enterprise count, so no tile is judged.
    const all = MapSchema.parse(await (await mapApi().$get({ query: {} })).json())
    expect(all.coverage.level).toBe('unknown')
    expect(all.cities.filter((c) => c.colour === 'withheld').map((c) => c.adcode).sort()).toEqual(Object.keys(CASES).sort())
    expect(all.cities.every((c) => c.ratio === null)).toBe(true)
    const training = MapSchema.parse(await (await mapApi().$get({ query: { chainId: A, pair: 'training' } })).json())
    expect(training.pair).toBe('training')
    expect(training.cities.find((c) => c.adcode === '370300')).toMatchObject({ supply: COURSE, demand: 0, colour: 'no_demand' })
    expect(training.cities.filter((c) => c.colour !== 'no_data')).toHaveLength(1)
    // The third pair: open (shared) equipment against challenges and requests; closed equipment does not count.
    const innovation = MapSchema.parse(await (await mapApi().$get({ query: { chainId: A, pair: 'innovation' } })).json())
    expect(innovation.pair).toBe('innovation')
    expect(innovation.cities.find((c) => c.adcode === '370300')).toMatchObject({ supply: 1, demand: 0, colour: 'no_demand' })
    expect(innovation.cities.filter((c) => c.colour !== 'no_data')).toHaveLength(1)
    // A pair outside the enum cannot be typed, so this stays a raw request.
    await expectProblem(await h.app.request('/api/map?pair=jobs', { headers: bearer(token) }), 400, 'VALIDATION_FAILED')
  })

  it('counts a year by publication and answers 404 for an unknown chain', async () => {
    const map = MapSchema.parse(await (await mapApi().$get({ query: { year: 2024 } })).json())
    expect(map.cities.reduce((s, c) => s + c.demand + c.supply, 0)).toBe(0)
    await expectProblem(await mapApi().$get({ query: { chainId: 'SD-X99' } }), 404, 'NOT_FOUND')
    await expectProblem(await h.client.api.map.$get({ query: {} }), 401, 'UNAUTHENTICATED')
  })
})

describe('GET /api/map/cities/:adcode', () => {
  it("lists the city's colleges, enterprises, gap and best matches", async () => {
    const res = await mapApi().cities[':adcode'].$get({ param: { adcode: '370200' }, query: { chainId: A } })
    const d = MapCityDetailSchema.parse(await res.json())
    expect(d.colleges).toEqual([])
    expect(d.enterprises.map((e) => e.headcount)).toEqual([CASES['370200'][1]])
    expect(d.gap.find((g) => g.majorCode === MECH)).toMatchObject({ graduates: 0, demand: CASES['370200'][1], status: 'no_supply' })
    // 青岛 has no college: its job's best match comes from elsewhere (潍坊 is the nearest with graduates).
    expect(d.bestMatches[0]?.collegeName).toBe('370700职业学院')
    await expectProblem(await mapApi().cities[':adcode'].$get({ param: { adcode: '999999' }, query: {} }), 404, 'NOT_FOUND')
  })
})
