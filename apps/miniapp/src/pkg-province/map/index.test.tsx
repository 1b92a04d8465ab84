import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { MapCityDetailSchema, MapColourSchema, MapSchema, SHANDONG_TILE_GRID, type MapData } from '@zhilian/shared/contracts/analytics'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sendJson, startLocalServer } from '../../test/local-server'
import MapPage from './index'

// The 16 cities of the shared reference data (read directly: its loader needs a file: import.meta.url, which jsdom lacks).
const [header, ...lines] = readFileSync(resolve(__dirname, '../../../../../packages/shared/data/cities.csv'), 'utf8').trim().split(/\r?\n/)
const col = (name: string) => header!.split(',').indexOf(name)
const cities = lines.map((l) => l.split(',')).map((r) => ({ adcode: r[col('adcode')]!, name: r[col('name')]!, circle: r[col('economic_circle')]! }))

// A response built the way the BFF builds it (every city of the reference data on the shared grid),
// checked against the contract before it is served, cycling through every colour class.
const colours = MapColourSchema.options
const response: MapData = MapSchema.parse({
  chainId: null,
  year: 2026,
  pair: 'talent',
  coverage: { filed: 12, known: null, source: null, share: null, level: 'unknown' },
  grid: { rows: SHANDONG_TILE_GRID.rows, cols: SHANDONG_TILE_GRID.cols },
  cities: cities.map((c, i) => ({
    adcode: c.adcode, name: c.name, circle: c.circle, grid: SHANDONG_TILE_GRID.tiles[c.adcode],
    supply: 10 * i, enrolment: 30 * i, demand: 7 * i, ratio: i === 0 ? null : (10 * i) / (7 * i), colour: colours[i % colours.length],
  })),
})
const jinan = response.cities.find((c) => c.adcode === '370100')!
const queries: string[] = []
let server: Awaited<ReturnType<typeof startLocalServer>>

beforeAll(async () => {
  server = await startLocalServer({
    'GET /api/reports/years': (_req, res) => sendJson(res, 200, { items: [{ year: 2026, supplyLists: 3, enterprises: 12 }], latest: 2026 }),
    'GET /api/reference/chains': (_req, res) =>
      sendJson(res, 200, { items: [{ id: 'C01', name: '高端装备', status: 'confirmed', source: '2022', sortOrder: 1, active: true, majorCount: 3, majorCodes: ['460103'] }] }),
    'GET /api/map': (req, res) => {
      queries.push(new URL(req.url ?? '', 'http://x').search)
      sendJson(res, 200, response)
    },
    'GET /api/map/cities/370100': (_req, res) =>
      sendJson(res, 200, MapCityDetailSchema.parse({
        city: jinan,
        colleges: [{ collegeId: 'c1', name: '济南职业学院', majors: 4, enrolment: 1200, graduates: 380 }],
        enterprises: [{ orgId: 'e1', name: '济南重工股份有限公司', jobs: 3, headcount: 45 }],
        gap: [{ majorCode: '460104', majorName: '机械制造及自动化', graduates: 150, supply: 120, enrolment: 400, demand: 180, textDemand: 25, gap: -60, ratio: 0.67, status: 'undersupplied' }],
        bestMatches: [{ jobId: 'j1', title: '数控操作工', orgName: '济南重工股份有限公司', headcount: 20, collegeId: 'c1', collegeName: '济南职业学院', majorName: '数控技术', score: 0.91, reason: '专业对口，技能点覆盖 8/9' }],
      })),
  })
})
afterAll(() => server.close())

describe('digital map', () => {
  it('draws the 16 cities as tiles coloured by class, placed by the grid, with a legend', async () => {
    const { container } = render(<MapPage />)
    await waitFor(() => expect(container.querySelectorAll('.tile-map__tile')).toHaveLength(16), { timeout: 5000 })
    expect(response.cities).toHaveLength(16)
    for (const city of response.cities) {
      const tile = container.querySelector(`[data-adcode="${city.adcode}"]`) as HTMLElement
      expect(tile.className).toContain(`tile-map__tile--${city.colour}`)
      expect(tile.style.left).toBe(`${(city.grid.col / response.grid.cols) * 100}%`)
      expect(tile.style.top).toBe(`${(city.grid.row / response.grid.rows) * 100}%`)
    }
    expect(screen.getByText('供给紧缺')).toBeInTheDocument()
    expect(screen.getByText('覆盖不足')).toBeInTheDocument()
    expect(screen.getByText('暂无数据')).toBeInTheDocument()
    // A province official reads the note under the legend; it pointed at 决策记录 019, a file of this repository.
    expect(screen.getByText(/“覆盖不足”：/).textContent).not.toMatch(/决策|decision/i)
    // The coverage the tiles share, in words, and the latest year with data asked for.
    expect(screen.getByText('12 家企业填报需求；各链企业总数未登记，无法判断填报覆盖面。')).toBeInTheDocument()
    expect(queries[0]).toBe('?year=2026&pair=talent')
  })

  it('reloads for a chain and a pair, and shows a tapped city: colleges, enterprises, gap and best matches', async () => {
    const { container } = render(<MapPage />)
    fireEvent.click(await screen.findByText('高端装备', {}, { timeout: 5000 }))
    await waitFor(() => expect(queries.at(-1)).toBe('?chainId=C01&year=2026&pair=talent'))
    fireEvent.click(screen.getByText('设备与研发'))
    await waitFor(() => expect(queries.at(-1)).toBe('?chainId=C01&year=2026&pair=innovation'))
    fireEvent.click(screen.getByText('人才'))
    await waitFor(() => expect(queries.at(-1)).toBe('?chainId=C01&year=2026&pair=talent'))
    fireEvent.click(container.querySelector('[data-adcode="370100"]') as HTMLElement)
    const panel = await screen.findByRole('region', { name: '城市详情' })
    expect(await within(panel).findByText('济南市', {}, { timeout: 5000 })).toBeInTheDocument()
    expect(within(panel).getByText(/济南职业学院：4 个专业/)).toBeInTheDocument()
    expect(within(panel).getByText(/济南重工股份有限公司：3 个岗位，需求 45 人/)).toBeInTheDocument()
    expect(within(panel).getByText(/机械制造及自动化：供给 120 \/ 需求 180/)).toBeInTheDocument()
    // Demand placed by a job's text is shown beside named demand, not added to it (decision 019).
    expect(within(panel).getByText(/机械制造及自动化：供给 120 \/ 需求 180.*按文本归入 25 人/)).toBeInTheDocument()
    expect(within(panel).getByText(/「数控操作工」20 人 ← 济南职业学院 · 数控技术/)).toBeInTheDocument()
    expect((container.querySelector('[data-adcode="370100"]') as HTMLElement).className).toContain('tile-map__tile--selected')
  })
})
