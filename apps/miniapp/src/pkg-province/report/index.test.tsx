import { act, render, screen, within } from '@testing-library/react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sendJson, startLocalServer } from '../../test/local-server'
import { report } from './fixture'
import ReportPage from './index'

let server: Awaited<ReturnType<typeof startLocalServer>>
beforeAll(async () => {
  // The page opens on last year's report.
  const year = new Date().getFullYear() - 1
  server = await startLocalServer({ [`GET /api/reports/${year}`]: (_req, res) => sendJson(res, 200, { ...report, year }) })
})
afterAll(() => server.close())

describe('yearly report page', () => {
  it('renders a canvas per chart and keeps every figure as text where no canvas can draw (jsdom)', async () => {
    const { container } = render(<ReportPage />)
    expect(await screen.findByText(report.title, {}, { timeout: 5000 })).toBeInTheDocument()
    // Let the charts' mount effects run (they wait a tick): with no 2D context they must leave the page intact.
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
    expect(container.querySelector('[_echarts_instance_]')).toBeNull()
    expect(container.querySelectorAll('.echart')).toHaveLength(3)
    expect(container.querySelectorAll('.echart__canvas')).toHaveLength(3)
    const chains = screen.getByRole('table', { name: '分产业链供需' })
    const gaoduan = within(chains).getByText('高端装备').parentElement!
    expect(within(gaoduan).getByText('900')).toBeInTheDocument()
    expect(within(gaoduan).getByText('1200')).toBeInTheDocument()
    expect(within(gaoduan).getByText('-300')).toBeInTheDocument()
    expect(within(gaoduan).getByText('0.75')).toBeInTheDocument()
    const cities = screen.getByRole('table', { name: '分城市供需' })
    expect(within(within(cities).getByText('淄博市').parentElement!).getByText('—')).toBeInTheDocument()
    expect(within(within(cities).getByText('青岛市').parentElement!).getByText('+50')).toBeInTheDocument()
  })
})
