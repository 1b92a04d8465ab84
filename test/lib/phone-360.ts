/**
 * The newcomer walks' phone (decisions 079, 084, 098): a 360 px touch screen with the system text at 1.5×, signed in
 * as a demo account, and `look`, which screenshots a settled screen and collects what a newcomer would trip over.
 */
import { expect } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { screenshot } from './browser'
import { findBrokenLabels, findEnglish, findLooseNotes, findSmallTapTargets } from './narrow-checks'
import { demoToken, sideways, type PhoneSession } from './phone-session'
import { findTextProblemsScrolling, installTextZoom } from './text-zoom'

export async function phone360(session: PhoneSession, username: string | null, height = 780): Promise<{ context: BrowserContext; page: Page }> {
  const context = await session.context.browser()!.newContext({
    viewport: { width: 360, height }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai',
  })
  await installTextZoom(context, 1.5)
  if (username) await context.addInitScript((t) => localStorage.setItem('zl.token', JSON.stringify({ data: t })), await demoToken(session, username))
  return { context, page: await context.newPage() }
}

/** Taps (a touch) the last visible element reading exactly `text`. */
export const tap = (page: Page, text: string) => page.getByText(text, { exact: true }).locator('visible=true').last().tap({ timeout: 30_000 })
export const see = (page: Page, text: string | RegExp) =>
  expect.poll(() => page.getByText(text).locator('visible=true').count(), { timeout: 30_000, message: `visible: ${String(text)}` }).toBeGreaterThan(0)

export async function settled(page: Page) {
  await page.waitForLoadState('networkidle')
  await expect.poll(() => page.locator('[aria-busy="true"] >> visible=true').count(), { timeout: 60_000 }).toBe(0)
  await expect.poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity).length)).toBe(0)
}

/** One screen: its screenshot, then what a finger would miss, what runs off the side, what is cut, what is loose. */
export async function look(page: Page, name: string, problems: Record<string, unknown>) {
  await settled(page)
  await screenshot(page, `roles360-${name}`)
  const found = {
    small: await findSmallTapTargets(page),
    sideways: await sideways(page),
    text: await findTextProblemsScrolling(page),
    loose: await findLooseNotes(page),
    broken: await findBrokenLabels(page),
    english: await findEnglish(page),
  }
  if (found.small.length || found.sideways > 0 || found.text.clipped.length || found.text.overlapping.length || found.loose.length || found.broken.length || found.english.length) problems[name] = found
}

/** Opens a route as the only page instance (hash navigation alone keeps the old page in Taro's stack). */
export async function open(page: Page, url: string, route: string) {
  await page.goto(`${url}/#${route}`)
  await page.reload()
}

/** The BFF as `username` (demo sign-in), for the set-up a walk needs and the UI does not show. */
export async function bffAs(session: PhoneSession, username: string) {
  // Once more on a reset: the first call after the platform started can land on a keep-alive socket the server closed.
  const token = await demoToken(session, username).catch(() => demoToken(session, username))
  return async <T = unknown>(method: string, path: string, body?: unknown) => {
    const res = await fetch(`${session.platform.url}${path}`, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: body ? JSON.stringify(body) : undefined })
    return { status: res.status, json: (await res.json().catch(() => null)) as T }
  }
}
