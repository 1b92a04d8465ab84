import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { ChainAnalyticsSchema, ChainSummaryListSchema } from '@zhilian/shared/contracts/analytics'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sendJson, startLocalServer } from '../../test/local-server'
import { report } from '../report/fixture'
import AnalyticsPage from './index'

// The chain rows are the report's own rows (balance.ts computes both); the detail carries one as `figures`.
const summaries = ChainSummaryListSchema.parse({ year: report.year, items: report.chains })
const detail = (chainId: string) => {
  const { chainId: id, name, ...figures } = report.chains.find((c) => c.chainId === chainId)!
  // 现代海洋 has no college and no list yet: nothing by major, city, year or skill.
  const empty = chainId === 'C03'
  return ChainAnalyticsSchema.parse({
    chain: { id, name }, filters: { year: report.year, circle: null, cityCode: null }, figures,
    supply: { byMajor: [], byCollege: [], byCity: empty ? [] : [{ cityCode: '370100', cityName: '济南市', enrolment: 900, graduates: 300, supply: 280 }] },
    demand: { bySkill: empty ? [] : [{ skill: 'PLC编程', headcount: 40, jobs: 5 }], byJobType: [], byCity: empty ? [] : [{ cityCode: '370100', cityName: '济南市', headcount: 320, jobs: 9 }] },
    gap: empty ? [] : [{ majorCode: '460301', majorName: '机电一体化技术', graduates: 300, supply: 280, enrolment: 900, demand: 320, textDemand: 0, gap: -40, ratio: 0.88, status: 'balanced' }],
    trend: empty ? { graduates: [], demand: [] } : { graduates: [{ year: 2025, value: 310 }], demand: [{ year: 2025, value: 300 }] },
  })
}
const asked: string[] = []
let server: Awaited<ReturnType<typeof startLocalServer>>

beforeAll(async () => {
  server = await startLocalServer({
    'GET /api/reports/years': (_req, res) => sendJson(res, 200, { items: [{ year: report.year, supplyLists: 3, enterprises: 30 }], latest: report.year }),
    'GET /api/analytics/chains': (req, res) => {
      asked.push(req.url ?? '')
      sendJson(res, 200, summaries)
    },
    'GET /api/analytics/chains/C01': (req, res) => {
      asked.push(req.url ?? '')
      sendJson(res, 200, detail('C01'))
    },
    'GET /api/analytics/chains/C02': (req, res) => {
      asked.push(req.url ?? '')
      sendJson(res, 200, detail('C02'))
    },
    'GET /api/analytics/chains/C03': (_req, res) => sendJson(res, 200, detail('C03')),
  })
})
afterAll(() => server.close())

describe('chain analytics page', () => {
  it('shows every chain\'s report row for the latest year, then a chain\'s sentences and charts', async () => {
    const { container } = render(<AnalyticsPage />)
    const c01 = report.chains[0]!
    expect(await screen.findByText(c01.sentence, {}, { timeout: 5000 })).toBeInTheDocument()
    expect(asked).toContain(`/api/analytics/chains?year=${report.year}`)
    expect(asked).toContain(`/api/analytics/chains/C01?year=${report.year}`)
    const table = screen.getByRole('table', { name: '各产业链供需' })
    const flagged = within(table).getByText('新一代信息技术与数字经济').parentElement!
    expect(within(flagged).getByText(`${report.chains[1]!.talent.ratio!.toFixed(2)}（参考）`)).toBeInTheDocument()
    expect(within(within(table).getByText('现代海洋').parentElement!).getByText('不发布')).toBeInTheDocument()
    expect(screen.getByText(new RegExp(`培训：${c01.training.courses} 门课程年培训容量 ${c01.training.supply} 人次`))).toBeInTheDocument()
    expect(screen.getByText(new RegExp(`其中 ${c01.talent.unnamedDemand} 人的岗位未写明专业`))).toBeInTheDocument()
    expect(screen.getByText('机电一体化技术：供给 280 / 需求 320（-40）')).toBeInTheDocument()
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
    // The overview and the chain's four charts, each a canvas (jsdom draws none: the text stays).
    expect(container.querySelectorAll('.echart__canvas')).toHaveLength(5)

    fireEvent.click(screen.getAllByText('新一代信息技术与数字经济').find((el) => el.classList.contains('year-chip'))!)
    await waitFor(() => expect(asked).toContain(`/api/analytics/chains/C02?year=${report.year}`))
    expect(await screen.findByText(report.chains[1]!.sentence)).toBeInTheDocument()
  })

  // Decision 102: 按城市, 趋势 and 技能点 were canvases only (nothing to read without the chart, nothing for a screen
  // reader), and a chain without data drew empty axes.
  it('gives every chain chart its figures as text, and says so where a chain has none', async () => {
    const { container } = render(<AnalyticsPage />)
    expect(await screen.findByText(report.chains[0]!.sentence, {}, { timeout: 5000 })).toBeInTheDocument()
    for (const [list, line] of [['按城市供需', '济南市：供给 280 / 需求 320（-40）'], ['毕业生与岗位需求逐年', '2025年：毕业生 310 / 岗位需求 300'], ['技能点需求人数', 'PLC编程：需求 40 人（5 个岗位）']] as const) {
      expect(within(screen.getByLabelText(list)).getByText(line)).toBeInTheDocument()
    }

    fireEvent.click(screen.getAllByText('现代海洋').find((el) => el.classList.contains('year-chip'))!)
    expect(await screen.findByText(report.chains[2]!.sentence)).toBeInTheDocument()
    for (const text of ['本产业链暂无分专业的供需数据', '本产业链暂无分城市的供需数据', '本产业链暂无逐年数据', '本产业链的岗位暂未填写技能点']) expect(screen.getByText(text)).toBeInTheDocument()
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
    // The overview alone is drawn; the chain's four would be empty axes.
    expect(container.querySelectorAll('.echart__canvas')).toHaveLength(1)
  })
})
