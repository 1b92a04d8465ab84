/**
 * One platform (fresh embedded database) and one phone browser per test file: registers the
 * hooks that start and stop them. Read `platform` and `context` inside tests, after beforeAll ran.
 */
import { afterAll, beforeAll, expect } from 'vitest'
import { devices, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { launchPhone } from './browser'
import { startPlatform, type RunningPlatform } from './platform'

export interface PhoneSession { readonly platform: RunningPlatform; readonly context: BrowserContext }

export function phoneSession(): PhoneSession {
  let platform: RunningPlatform | undefined
  let browser: Browser | undefined
  let context: BrowserContext | undefined
  beforeAll(async () => {
    platform = await startPlatform()
    ;({ browser, context } = await launchPhone())
  }, 240_000)
  afterAll(async () => {
    await browser?.close()
    await platform?.stop()
  })
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('phoneSession: used before beforeAll started the platform')
    return value
  }
  return {
    get platform() { return started(platform) },
    get context() { return started(context) },
  }
}

/** A demo account's token from the session's platform (demo mode), as the sign-in page's demo buttons get it. */
export async function demoToken(session: PhoneSession, username: string): Promise<string> {
  const res = await fetch(`${session.platform.url}/api/auth/demo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username }) })
  if (!res.ok) throw new Error(`demo sign-in ${username}: ${res.status}`)
  return ((await res.json()) as { token: string }).token
}

/**
 * A new browser context (empty cache and storage, iPhone 13) already signed in as `username`: the page the test opens
 * is the first this session loads, so it gets no stylesheet another page brought in.
 */
export async function freshSession(session: PhoneSession, username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await session.context.browser()!.newContext({ ...devices['iPhone 13'], locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const token = await demoToken(session, username)
  await context.addInitScript((t) => localStorage.setItem('zl.token', JSON.stringify({ data: t })), token)
  return { context, page: await context.newPage() }
}

/** How far the page or any page container can scroll sideways (0 when nothing is wider than the screen). */
export const sideways = (page: Page) =>
  page.evaluate(() => Math.max(document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth, ...[...document.querySelectorAll('.taro_page')].map((p) => p.scrollWidth - p.clientWidth)))

/**
 * Opens the 城市 dropdown and picks its last city, the one a chip row would have pushed off the right edge: in the
 * dropdown it wraps, and choosing it moves nothing sideways. Answers the city's name.
 */
export async function pickLastCity(page: Page): Promise<string> {
  await page.locator('.dropdowns__tab', { hasText: '城市' }).click()
  const lastCity = page.locator('.dropdowns__panel .chain-chip').last()
  const name = (await lastCity.textContent())!.trim()
  const box = (await lastCity.boundingBox())!
  expect(box.x + box.width).toBeLessThanOrEqual(390)
  await lastCity.click()
  await expect.poll(() => page.locator('.dropdowns__tab', { hasText: name }).count()).toBe(1)
  expect(await sideways(page)).toBeLessThanOrEqual(0)
  return name
}
