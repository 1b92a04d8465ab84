import { fireEvent, render, screen, within } from '@testing-library/react'
import type { Alert, FitItem } from '@zhilian/shared/contracts/analytics'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sendJson, startLocalServer } from '../../test/local-server'
import FitPage from './index'

const fitItem = (i: number, index: number): FitItem => ({
  id: `c${i}`, name: `测试职业学院${i}`, cityCode: '370300', index, coverage: 1, totalEnrolment: 100, totalDemand: 50,
  oversupplied: [], undersupplied: [{ majorCode: '460301', majorName: '机电一体化技术', enrolment: 10, demand: 20, ratio: 0.5 }],
})
const alert = (i: number): Alert => ({
  collegeId: `c${i}`, collegeName: `测试职业学院${i}`, cityCode: '370300', majorCode: '460301', majorName: '机电一体化技术', status: 'undersupplied', ratio: 0.5,
  message: `测试职业学院${i}机电一体化技术：在校生占比与需求占比之比为 0.5，供给不足，建议扩大招生或开设订单班`,
})
// More colleges and alerts than the page lists, as the province's 32 colleges and their majors give.
const colleges = Array.from({ length: 34 }, (_, i) => fitItem(i + 1, 20 + i))
const alerts = Array.from({ length: 56 }, (_, i) => alert(i + 1))
let server: Awaited<ReturnType<typeof startLocalServer>>

beforeAll(async () => {
  server = await startLocalServer({
    'GET /api/analytics/fit': (req, res) => {
      const level = new URL(req.url ?? '', 'http://x').searchParams.get('level')
      sendJson(res, 200, { level, chainId: null, thresholds: { oversupplied: 1.5, undersupplied: 0.67 }, items: level === 'college' ? colleges : [fitItem(0, 61.5)] })
    },
    'GET /api/analytics/alerts': (_req, res) => sendJson(res, 200, { items: alerts }),
  })
})
afterAll(() => server.close())

describe('专业产业适配监测', () => {
  // Decision 102: each alert read 「测试职业学院1 · 机电一体化技术：测试职业学院1机电一体化技术：…」, and the lists stopped
  // at 30 colleges and 50 alerts without a word while the heading said 预警（56）.
  it('names the college and major of an alert once, and says how much of a long list it shows', async () => {
    render(<FitPage />)
    expect(await screen.findByText('测试职业学院0 · 指数 61.5', {}, { timeout: 5000 })).toBeInTheDocument()
    const first = await screen.findByText(/^测试职业学院1机电一体化技术：/)
    expect(first.textContent).toBe('测试职业学院1机电一体化技术：在校生占比与需求占比之比为 0.5，供给不足，建议扩大招生或开设订单班')
    expect(screen.getByText('共 56 条，列出偏离最大的 50 条')).toBeInTheDocument()

    fireEvent.click(screen.getByText('按院校'))
    expect(await screen.findByText('测试职业学院1 · 指数 20.0')).toBeInTheDocument()
    expect(screen.getByText('共 34 所院校，列出适配指数最低的 30 所')).toBeInTheDocument()
    expect(screen.queryByText('测试职业学院31 · 指数 50.0')).toBeNull()
    expect(within(document.body).queryAllByText(/ · 指数 /)).toHaveLength(30)
  })
})
