/**
 * Every page of the built mini-program rendered by WeChat's component runtime against the real BFF: it
 * boots, its WXML shows its Chinese heading, the taps that lead to other pages make the wx navigation call
 * with the right URL, every class it renders is styled by its own stylesheets, and nothing errors.
 * Rows come from pages.ts; the first tests hold that table to app.config.ts and the build to both.
 */
import { describe, expect, inject, test } from 'vitest'
import { weappBuild } from '../lib/weapp/build'
import { MiniProgram, newDevice } from '../lib/weapp/mini-program'
import type { SimPage } from '../lib/weapp/page'
import { styleIndex, unstyledOn } from '../lib/weapp/styles'
import type { Device, Navigation } from '../lib/weapp/wx'
import { ACCOUNTS, PAGE_ROWS, type Account, type PageRow } from './pages'

const bff = { url: inject('bff'), wechat: inject('wechat') }
const build = weappBuild()
const styles = styleIndex(build.dir)
type SignedDevice = ReturnType<typeof newDevice>

// Taro's compile-time macro, so app.config.ts can be read as the source of the page list.
;(globalThis as { defineAppConfig?: (config: unknown) => unknown }).defineAppConfig = (config) => config
const { default: appConfig } = (await import('../../apps/miniapp/src/app.config')) as unknown as {
  default: { pages: string[]; subPackages: { root: string; pages: string[] }[] }
}
const sourcePages = [...appConfig.pages, ...appConfig.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** The navigation call made after `before` calls had been recorded. */
const nextNavigation = (device: Device, before: number) =>
  until<Navigation>('a wx navigation call', () => device.navigations[before])

/** Signs the account in as a user would on WeChat: 微信一键登录 on the login page (wx.login → /api/auth/wechat). */
async function signIn(account: Account): Promise<SignedDevice> {
  const device = newDevice(ACCOUNTS[account])
  if (account === 'visitor') return device
  const app = MiniProgram.launch(device, bff)
  try {
    const login = app.open('/pages/login/index')
    await login.waitFor('微信一键登录')
    login.tap('微信一键登录')
    expect(await nextNavigation(device, 0)).toEqual({ api: 'switchTab', url: '/pages/home/index' })
    expect(device.requests).toContainEqual({ method: 'POST', path: '/api/auth/wechat', status: 200 })
    expect(device.errors).toEqual([])
    return device
  } finally {
    app.close()
  }
}

const devices = new Map<Account, Promise<SignedDevice>>()
function deviceFor(account: Account): Promise<SignedDevice> {
  if (!devices.has(account)) devices.set(account, signIn(account))
  return devices.get(account)!
}

/** Runs `check` on the page opened at `url` on a cold-started app, then holds it to no failed request and no error. */
async function onPage(device: SignedDevice, url: string, check: (page: SimPage) => Promise<void>) {
  device.errors.length = 0
  device.requests.length = 0
  const app = MiniProgram.launch(device, bff)
  try {
    const page = app.open(url)
    await check(page)
    await page.settle()
    expect(device.requests.filter((r) => r.status >= 400 || r.status === 0), 'requests that failed').toEqual([])
    expect(device.errors, 'errors on the console').toEqual([])
  } finally {
    app.close()
  }
}

/** URLs learnt by tapping, per page route. */
const reached = new Map<string, string>()

/** Taps the way to `route` on an open page and checks the navigation call names it; remembers its URL. */
async function tapTowards(page: SimPage, device: SignedDevice, route: string, row: PageRow & { reach: object }) {
  await page.waitFor(row.reach.tap, row.reach.within)
  const before = device.navigations.length
  page.tap(row.reach.tap, row.reach.within)
  const { api, url } = await nextNavigation(device, before)
  expect(`${api} ${url.split('?')[0]}`, `tapping "${row.reach.tap}" on ${row.reach.from}`).toBe(`navigateTo /${route}`)
  reached.set(route, url)
}

/** The URL that opens `route`: its path, or what tapping its way there navigated to (tapped now if not yet). */
async function urlOf(route: string): Promise<string> {
  const row = PAGE_ROWS[route]!
  if (!row.reach) return `/${route}`
  if (!reached.has(route)) {
    const device = await deviceFor(row.as)
    await onPage(device, await urlOf(row.reach.from), (page) => tapTowards(page, device, route, row as PageRow & { reach: object }))
  }
  return reached.get(route)!
}

test('every page in app.config.ts has a row in pages.ts, and the build is of these sources', () => {
  expect(Object.keys(PAGE_ROWS).sort(), 'pages.ts rows vs app.config.ts pages').toEqual([...sourcePages].sort())
  expect(build.pages, 'dist/weapp/app.json is stale: npm run build:weapp').toEqual(sourcePages)
  for (const [route, row] of Object.entries(PAGE_ROWS)) {
    if (row.reach) expect(PAGE_ROWS[row.reach.from], `${route} is reached from a page without a row`).toBeDefined()
  }
})

test('a demo student signs in with 微信一键登录 and lands on 首页', async () => {
  await deviceFor('student')
})

describe.each(Object.entries(PAGE_ROWS))('%s', (route, row) => {
  test(`boots for the ${row.as}, shows “${row.shows}”, is styled by its own wxss, navigates where it leads`, async () => {
    const device = await deviceFor(row.as)
    const leads = Object.entries(PAGE_ROWS).filter(([, r]) => r.reach?.from === route && r.as === row.as)
    await onPage(device, await urlOf(route), async (page) => {
      await page.waitFor(row.shows)
      await page.settle()
      expect(unstyledOn(styles, route, page.classes()), 'classes styled only in another page’s wxss').toEqual([])
      for (const [target, r] of leads) await tapTowards(page, device, target, r as PageRow & { reach: object })
    })
  })
})

test('the tab bar opens each tab’s page, and the first tab shows again', async () => {
  const device = await deviceFor('student')
  const [first, ...others] = build.tabs
  expect(first, 'app.json has a tab bar').toBeDefined()
  await onPage(device, `/${first!.pagePath}`, async (home) => {
    await home.waitFor(PAGE_ROWS[first!.pagePath]!.shows)
    const app = MiniProgram.current()
    for (const tab of others) {
      expect(PAGE_ROWS[tab.pagePath], `tab ${tab.text} has a row`).toBeDefined()
      await app.tapTab(tab.text).waitFor(PAGE_ROWS[tab.pagePath]!.shows)
    }
    const again = app.tapTab(first!.text)
    expect(again).toBe(home)
    await again.waitFor(PAGE_ROWS[first!.pagePath]!.shows)
  })
})
