/**
 * Foundation smoke test in real Chromium with a phone profile: a student signs in with the demo
 * account on the H5 build and sees the home page with the industry chains and live counts; and what 首页 and 岗位
 * load first stays within the size goal, so a static import that pulls zod or ECharts back in fails here.
 */
import { devices } from 'playwright-core'
import { expect, test } from 'vitest'
import { screenshot } from '../lib/browser'
import { FIRST_VIEW_LIMIT_KIB, firstView } from '../lib/first-view'
import { phoneSession } from '../lib/phone-session'

const session = phoneSession()

test('a student signs in on the phone and sees the chains with live counts', async () => {
  const page = await session.context.newPage()
  const failedApi: string[] = []
  page.on('response', (res) => { if (res.url().includes('/api/') && res.status() >= 500) failedApi.push(res.url()) })

  await page.goto(`${session.platform.url}/#/pages/login/index`)
  // The platform runs in demo mode, as `npm start` does: the page says so.
  await expect.poll(() => page.getByText('演示模式').count(), { timeout: 30_000 }).toBeGreaterThan(0)
  await page.getByText('以学生身份体验').first().click()

  // The home page shows the banner, the province totals and one card per chain, fed by /api/stats/home.
  await expect.poll(() => page.getByText('高端装备').count(), { timeout: 30_000 }).toBeGreaterThan(0)
  const stats = await (await fetch(`${session.platform.url}/api/stats/home`)).json() as { chains: { name: string; openJobs: number }[] }
  const busiest = [...stats.chains].sort((a, b) => b.openJobs - a.openJobs)[0]!
  expect(busiest.openJobs).toBeGreaterThan(0)
  await expect.poll(() => page.getByText(busiest.name).count()).toBeGreaterThan(0)
  await screenshot(page, 'smoke-home-student')

  // The tab bar is a thumb's height with labels a person can read (the H5 build draws its own; its stylesheet once
  // went through pxtransform in CSS px and came out half height with 5-pixel labels).
  const bar = await page.locator('.weui-tabbar').first().evaluate((el) => ({
    height: el.getBoundingClientRect().height,
    fontPx: Number.parseFloat(getComputedStyle(el.querySelector('.weui-tabbar__label')!).fontSize),
  }))
  expect(bar.height).toBeGreaterThanOrEqual(44)
  expect(bar.fontPx).toBeGreaterThanOrEqual(12)

  // The 我的 tab shows who is signed in.
  await page.getByText('我的', { exact: true }).last().click()
  await expect.poll(() => page.getByText('学生').count(), { timeout: 15_000 }).toBeGreaterThan(0)
  await screenshot(page, 'smoke-me-student')
  expect(failedApi).toEqual([])
})

test('the root font size (what every rem is measured in) follows the viewport, not how tall the page is yet', async () => {
  // Taro's script measured the html element's box: on a resize while the content was still short (phones resize as
  // the address bar or keyboard moves; Lighthouse's emulation does during load) it set the 20-px floor, and every
  // box on screen grew by a tenth when it was measured again 500 ms later (a layout shift, decision 025).
  const page = await session.context.newPage()
  await page.goto(`${session.platform.url}/#/pages/jobs/index`)
  await page.locator('.job-card').first().waitFor({ timeout: 60_000 })
  const sizes = await page.evaluate(() => {
    const html = document.documentElement
    const rootPx = () => getComputedStyle(html).fontSize
    const loaded = rootPx()
    // The content is 100 px tall when the viewport changes; the script runs inside the resize event.
    html.style.height = '100px'
    window.dispatchEvent(new Event('resize'))
    const afterResize = rootPx()
    html.style.height = ''
    const expected = `${Math.min(40, Math.max(20, (40 * Math.min(innerWidth, innerHeight)) / 750))}px`
    return { loaded, afterResize, expected }
  })
  expect(sizes).toEqual({ loaded: sizes.expected, afterResize: sizes.expected, expected: sizes.expected })
  await page.close()
})

test.each([
  { name: '首页', path: 'pages/home/index', ready: '.job-card' },
  { name: '岗位', path: 'pages/jobs/index', ready: '.job-card' },
])('nothing on the first view of $name jumps while it loads: not the page under the title bar, not the cards', async ({ path, ready }) => {
  // The title bar grew 20 px when the router showed the title, and 岗位's cards were drawn for a frame inside the loading
  // view's centred box (Taro's View applies a new className one frame late): both moved what was on screen, and
  // layout shifts are a quarter of Lighthouse's performance score (decision 025). So did the demo banner when it
  // appeared above the content on /api/health's answer; the BFF now marks index.html, and the banner is drawn first.
  const context = await session.context.browser()!.newContext({ ...devices['iPhone 13'], locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  try {
    const page = await context.newPage()
    await page.goto(`${session.platform.url}/#/${path}`)
    await page.locator(ready).first().waitFor({ timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    // Every shift since the page opened, with the elements it moved (their class names).
    const moved = await page.evaluate(() => {
      const observer = new PerformanceObserver(() => {})
      observer.observe({ type: 'layout-shift', buffered: true })
      const shifts = observer.takeRecords() as unknown as { sources: { node?: Element }[] }[]
      observer.disconnect()
      return shifts.flatMap((e) => e.sources.flatMap((s) => (typeof s.node?.className === 'string' ? s.node.className.split(' ') : [])))
    })
    expect(moved.filter((c) => ['taro-tabbar__panel', 'job-card', 'job-list__items'].includes(c))).toEqual([])
  } finally {
    await context.close()
  }
})

test.each([
  { name: '首页', path: 'pages/home/index', ready: '最新岗位' },
  { name: '岗位', path: 'pages/jobs/index', ready: '.job-card' },
])(`first view of $name (scripts, styles, document) is at most ${FIRST_VIEW_LIMIT_KIB} KiB gz`, async ({ name, path, ready }) => {
  // A fresh context per page: a cold cache, as a phone opening a shared link.
  const context = await session.context.browser()!.newContext({ ...devices['iPhone 13'], locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  try {
    const page = await context.newPage()
    const urls: string[] = []
    page.on('request', (req) => { if (['script', 'stylesheet', 'document'].includes(req.resourceType())) urls.push(req.url()) })
    await page.goto(`${session.platform.url}/#/${path}`)
    await (ready.startsWith('.') ? page.locator(ready).first() : page.getByText(ready).first()).waitFor({ timeout: 60_000 })
    // Whatever the page fetches after its content appears (lazy chunks, deferred sections) counts too.
    await page.waitForLoadState('networkidle')
    const fv = firstView(urls, session.platform.url)
    expect(fv.files).toBeGreaterThan(2)
    expect({ page: name, kib: Math.round(fv.bytes / 1024), over: fv.bytes > FIRST_VIEW_LIMIT_KIB * 1024 ? fv.list : [] }).toMatchObject({ page: name, over: [] })
  } finally {
    await context.close()
  }
})
