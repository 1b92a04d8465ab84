/**
 * Issue 6 on the phone (H5 build, real BFF on a fresh embedded database): the administrator opens
 * the digital map, picks a chain, taps a city, sees its best matches, then downloads the yearly report.
 */
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { screenshot } from '../lib/browser'
import { phoneSession } from '../lib/phone-session'

const session = phoneSession()

async function api<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => {
    const raw = localStorage.getItem('zl.token') ?? ''
    let token = raw
    try { token = (JSON.parse(raw) as { data: string }).data } catch { /* stored bare */ }
    return (await fetch(p, { headers: { Authorization: `Bearer ${token}` } })).json()
  }, path) as Promise<T>
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
  const map = await api<{ cities: MapCity[] }>(page, `/api/map?chainId=${chain.id}`)
  await page.locator('.chain-chip').filter({ hasText: chain.name }).first().click()
  // Every tile carries the colour class the BFF gave its city for this chain.
  for (const city of map.cities) {
    await expect.poll(() => page.locator(`[data-adcode="${city.adcode}"]`).getAttribute('class'), { timeout: 15_000 }).toContain(`tile-map__tile--${city.colour}`)
  }

  const busiest = [...map.cities].sort((a, b) => b.demand - a.demand)[0]!
  const detail = await api<{ bestMatches: { title: string; collegeName: string }[] }>(page, `/api/map/cities/${busiest.adcode}?chainId=${chain.id}`)
  await page.locator(`[data-adcode="${busiest.adcode}"]`).click()
  const panel = page.locator('.city-panel')
  await expect.poll(() => panel.getByText(busiest.name, { exact: true }).count(), { timeout: 30_000 }).toBe(1)
  expect(detail.bestMatches.length).toBeGreaterThan(0)
  const first = detail.bestMatches[0]!
  await expect.poll(() => panel.getByText(`「${first.title}」`, { exact: false }).count()).toBeGreaterThan(0)
  await screenshot(page, 'map-city-panel')

  await page.goto(`${session.platform.url}/#/pkg-province/report/index`)
  await expect.poll(() => page.getByText('下载 Excel 报告').count(), { timeout: 30_000 }).toBe(1)
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
