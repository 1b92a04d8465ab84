/** Debian's Chromium driven by playwright-core with a phone profile (see ../shared/notes/taro-on-these-machines.md). */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, devices, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { repoRoot } from './platform'

export const artifactsDir = join(repoRoot, 'test/.artifacts')

export async function launchPhone(): Promise<{ browser: Browser; context: BrowserContext }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  const context = await browser.newContext({ ...devices['iPhone 13'], locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  return { browser, context }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true })
  const path = join(artifactsDir, `${name}.png`)
  await page.screenshot({ path, fullPage: false })
  return path
}

/** Calls the BFF as the signed-in page does (Taro keeps the token as {"data": token}), from inside the page. */
export function pageApi<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => {
    const raw = localStorage.getItem('zl.token') ?? ''
    let token = raw
    try { token = (JSON.parse(raw) as { data: string }).data } catch { /* stored bare */ }
    return (await fetch(p, { headers: { Authorization: `Bearer ${token}` } })).json()
  }, path) as Promise<T>
}
