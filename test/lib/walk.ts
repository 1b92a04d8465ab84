/**
 * The steps every README walkthrough (test/browser/walkthroughs.test.ts, walks in test/browser/walks/) takes on the phone: sign in through the demo
 * cards of 登录, open a page the way a tap does (one page instance: hash navigation alone keeps the old page in Taro's
 * page stack), wait for Chinese text on the visible page, tap by visible text, answer Taro's modal.
 */
import { pageApi } from './browser'
import { expect } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import type { PhoneSession } from './phone-session'

export interface Walker {
  readonly page: Page
  /** Leaves as a visitor: no session token in the phone's storage. */
  signOut(): Promise<void>
  /** Signs in through the demo card whose text contains `card` (several administrators share a title). */
  signIn(card: string): Promise<void>
  /** Opens a page by its route, reloading so it is the only page instance. */
  open(route: string): Promise<void>
  /** Waits until `text` is visible somewhere on the page. */
  see(text: string | RegExp, timeout?: number): Promise<void>
  /** Taps the last visible element with exactly this text (pages still in Taro's stack are hidden). */
  tap(text: string, within?: Locator): Promise<void>
  /** Confirms Taro's modal with its confirm button's text. */
  confirm(button: string): Promise<void>
  /** The BFF's JSON as the signed-in page sees it. */
  api<T>(path: string): Promise<T>
  /** API responses with a 5xx status seen so far. */
  readonly failures: string[]
}

export async function walker(session: PhoneSession): Promise<Walker> {
  const page = await session.context.newPage()
  const url = session.platform.url
  const failures: string[] = []
  page.on('response', (res) => { if (res.url().includes('/api/') && res.status() >= 500) failures.push(`${res.status()} ${res.url()}`) })
  const visible = (text: string | RegExp) => page.getByText(text, { exact: typeof text === 'string' ? false : undefined }).locator('visible=true')
  return {
    page,
    failures,
    async signOut() {
      await page.goto(`${url}/#/pages/home/index`)
      await page.evaluate(() => localStorage.clear())
      await page.reload()
    },
    async signIn(card) {
      await page.goto(`${url}/#/pages/login/index`)
      await page.evaluate(() => localStorage.clear())
      await page.reload()
      await page.locator('.demo-card').filter({ hasText: card }).first().click({ timeout: 90_000 })
      await expect.poll(() => page.evaluate(() => localStorage.getItem('zl.token')), { timeout: 30_000 }).toBeTruthy()
    },
    async open(route) {
      // A page that navigates on its own after a save (back to its list) can abort the first attempt: try again.
      for (let attempt = 0; ; attempt++) {
        try {
          await page.goto(`${url}/#${route.startsWith('/') ? route : `/${route}`}`)
          await page.reload()
          return
        } catch (e) {
          if (attempt >= 2 || !String(e).includes('ERR_ABORTED')) throw e
          await page.waitForTimeout(500)
        }
      }
    },
    async see(text, timeout = 30_000) {
      await expect.poll(() => visible(text).count(), { timeout, message: `visible: ${String(text)}` }).toBeGreaterThan(0)
    },
    async tap(text, within) {
      const scope = within ?? page.locator('body')
      await scope.getByText(text, { exact: true }).locator('visible=true').last().click({ timeout: 30_000 })
    },
    async confirm(button) {
      await page.locator('.taro-modal__foot, .taro-modal__footer, [class*="modal"]').getByText(button, { exact: true }).locator('visible=true').last().click({ timeout: 15_000 })
    },
    api<T>(path: string) {
      return pageApi<T>(page, path)
    },
  }
}
