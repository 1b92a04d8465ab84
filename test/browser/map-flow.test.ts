/**
 * Issue 6 on the phone (H5 build, real BFF on a fresh embedded database): the administrator opens
 * the digital map, picks a chain, taps a city, sees its best matches, then downloads the yearly report.
 */
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { pageApi, screenshot } from '../lib/browser'
import { phoneSession } from '../lib/phone-session'

const session = phoneSession()

type Painted = { supply: number; demand: number; gap: number; other: number }

/**
 * Per report chart canvas: how many pixels below the legend strip carry each series colour
 * (supply #0b5cad, demand #f59e0b, shortage #b91c1c / surplus #1d4ed8), and how many others are painted.
 */
function paintedPixels(page: Page): Promise<Painted[]> {
  return page.evaluate(() => {
    const near = (d: Uint8ClampedArray, i: number, rgb: number[]) => Math.abs(d[i]! - rgb[0]!) + Math.abs(d[i + 1]! - rgb[1]!) + Math.abs(d[i + 2]! - rgb[2]!) < 24
    return [...document.querySelectorAll<HTMLCanvasElement>('canvas.echart__canvas')].map((c) => {
      const counts = { supply: 0, demand: 0, gap: 0, other: 0 }
      const ctx = c.getContext('2d')
      if (!ctx || c.width === 0 || c.height === 0) return counts
      const legendBottom = Math.round((30 * c.width) / c.clientWidth)
      const { data } = ctx.getImageData(0, legendBottom, c.width, c.height - legendBottom)
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! < 200) continue
        if (near(data, i, [11, 92, 173])) counts.supply++
        else if (near(data, i, [245, 158, 11])) counts.demand++
        else if (near(data, i, [185, 28, 28]) || near(data, i, [29, 78, 216])) counts.gap++
        else counts.other++
      }
      return counts
    })
  })
}

/** The charts draw after the chosen year's report arrives: wait until every canvas has painted bars. */
async function pollPainted(page: Page): Promise<Painted[]> {
  let last: Painted[] = []
  const drawn = (c: Painted) => c.other > 0 && c.supply + c.demand + c.gap > 0
  await expect.poll(async () => (last = await paintedPixels(page)).length === 3 && last.every(drawn), { timeout: 30_000 }).toBe(true)
  return last
}

type MapCity = { adcode: string; name: string; colour: string; demand: number }

test('the admin reads the map for a chain, opens a city with its matches and downloads the report', async () => {
  const page = await session.context.newPage()
  await page.goto(`${session.platform.url}/#/pages/login/index`)
  await page.getByText('以管理员身份体验').first().click()
  await expect.poll(() => page.evaluate(() => localStorage.getItem('zl.token')), { timeout: 30_000 }).toBeTruthy()

  await page.goto(`${session.platform.url}/#/pkg-province/map/index`)
  await expect.poll(() => page.locator('.tile-map__tile').count(), { timeout: 30_000 }).toBe(16)

  const chains = (await (await fetch(`${session.platform.url}/api/reference/chains`)).json()) as { items: { id: string; name: string; active: boolean }[] }
  const chain = chains.items.find((c) => c.name === '高端装备') ?? chains.items.find((c) => c.active)!
  const map = await pageApi<{ cities: MapCity[] }>(page, `/api/map?chainId=${chain.id}`)
  await page.locator('.chain-chip').filter({ hasText: chain.name }).first().click()
  // Every tile carries the colour class the BFF gave its city for this chain.
  for (const city of map.cities) {
    await expect.poll(() => page.locator(`[data-adcode="${city.adcode}"]`).getAttribute('class'), { timeout: 15_000 }).toContain(`tile-map__tile--${city.colour}`)
  }

  const busiest = [...map.cities].sort((a, b) => b.demand - a.demand)[0]!
  const detail = await pageApi<{ bestMatches: { title: string; collegeName: string }[] }>(page, `/api/map/cities/${busiest.adcode}?chainId=${chain.id}`)
  await page.locator(`[data-adcode="${busiest.adcode}"]`).click()
  const panel = page.locator('.city-panel')
  await expect.poll(() => panel.getByText(busiest.name, { exact: true }).count(), { timeout: 30_000 }).toBe(1)
  expect(detail.bestMatches.length).toBeGreaterThan(0)
  const first = detail.bestMatches[0]!
  await expect.poll(() => panel.getByText(`「${first.title}」`, { exact: false }).count()).toBeGreaterThan(0)
  await screenshot(page, 'map-city-panel')

  await page.goto(`${session.platform.url}/#/pkg-province/report/index`)
  await expect.poll(() => page.getByText('下载 Excel 报告').count(), { timeout: 30_000 }).toBe(1)
  // The page opens by itself on the latest year with data (never an all-zero year).
  type Report = { year: number; chains: { name: string; talent: { supply: number; demand: number } }[] }
  const { latest } = await pageApi<{ latest: number }>(page, '/api/reports/years')
  const report = await pageApi<Report>(page, `/api/reports/${latest}`)
  expect(report.chains.some((c) => c.talent.supply > 0)).toBe(true)
  await expect.poll(() => page.getByText(`（${report.year}年）`, { exact: false }).count(), { timeout: 30_000 }).toBeGreaterThan(0)
  // The report's ECharts bar charts really drew: bars in the series colours below each legend, on all three canvases.
  await expect.poll(() => page.locator('canvas.echart__canvas').count(), { timeout: 30_000 }).toBe(3)
  const painted = await pollPainted(page)
  expect(painted.every((c) => c.other > 0)).toBe(true) // axes, labels, legend
  expect(painted[0]!.supply).toBeGreaterThan(0) // per chain: expected entrants
  expect(painted[0]!.demand > 0).toBe(report.chains.some((c) => c.talent.demand > 0)) // and demand bars where there is demand
  expect(painted[1]!.supply).toBeGreaterThan(0) // per city
  expect(painted[2]!.gap).toBeGreaterThan(0) // per-city gap bars, red or blue
  await page.locator('canvas.echart__canvas').first().scrollIntoViewIfNeeded()
  await screenshot(page, 'map-report-chart')
  // And the figures stay on the page as text for screen readers and print.
  const chainTable = page.getByRole('table', { name: '分产业链供需' })
  await expect.poll(() => chainTable.getByRole('row').count()).toBe(report.chains.length + 1)
  const [response, download] = await Promise.all([
    page.waitForResponse((res) => /\/api\/reports\/\d{4}\.xlsx$/.test(res.url()), { timeout: 60_000 }),
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByText('下载 Excel 报告').click(),
  ])
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  // What the browser saved: an .xlsx (a zip) named for the report.
  expect(download.suggestedFilename()).toMatch(/^山东省产业人才供需报告-\d{4}\.xlsx$/)
  const saved = readFileSync((await download.path())!)
  expect(saved.subarray(0, 4).toString('hex')).toBe('504b0304')
  await screenshot(page, 'map-report')
}, 300_000)
