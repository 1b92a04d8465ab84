/**
 * WeChat's 关怀模式 and the phone's own "larger text" scale text, not layout: the app must stay readable at 1.5×.
 * Each main page (首页, 岗位, 岗位详情, 我的, 登录) opens on an iPhone 13 profile with every font size made 1.5× what
 * the stylesheets ask for (../lib/text-zoom.ts, the way Android's WebView text zoom does it), and no text may be clipped by
 * its box or overlap another text.
 * Its runs found Taro's H5 title bar cutting off its title and the fixed 申请 bar covering more than the space kept for
 * it (decision 035). On 岗位 the compact list's employer name keeps its whole line and its labels wrap whole below it
 * when they don't fit beside it (decision 046; six jobs on the first screen, student-first.test.ts). Each page is scanned half a screen at a time, then scrolled to its end, where no text may
 * stay under its bottom bar.
 */
import { expect, test } from 'vitest'
import { devices, type Page } from 'playwright-core'
import { screenshot } from '../lib/browser'
import { phoneSession } from '../lib/phone-session'
import { findCoveredAtEnd, findTextProblemsScrolling, installTextZoom } from '../lib/text-zoom'

const session = phoneSession()
const ZOOM = 1.5

async function demoToken(username: string): Promise<string> {
  const res = await fetch(`${session.platform.url}/api/auth/demo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username }) })
  if (!res.ok) throw new Error(`demo sign-in ${username}: ${res.status}`)
  return ((await res.json()) as { token: string }).token
}

async function zoomedPage(signedIn: boolean): Promise<Page> {
  const context = await session.context.browser()!.newContext({ ...devices['iPhone 13'], locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  if (signedIn) await context.addInitScript((t) => localStorage.setItem('zl.token', JSON.stringify({ data: t })), await demoToken('demo_student'))
  await installTextZoom(context, ZOOM)
  return context.newPage()
}

async function firstJobId(): Promise<string> {
  const res = await fetch(`${session.platform.url}/api/jobs?limit=1`)
  const { items } = (await res.json()) as { items: { id: string }[] }
  return items[0]!.id
}

const PAGES = [
  { name: '首页', path: 'pages/home/index', ready: '为你推荐', signedIn: true },
  { name: '岗位', path: 'pages/jobs/index', ready: '.job-card', signedIn: true },
  { name: '岗位详情', path: 'pages/job-detail/index', ready: '技能要求', signedIn: true },
  { name: '我的', path: 'pages/me/index', ready: '学生', signedIn: true },
  { name: '登录', path: 'pages/login/index', ready: '以学生身份体验', signedIn: false },
]
test.each(PAGES)('$name at 1.5× text: nothing clipped, nothing overlapping', async ({ name, path, ready, signedIn }) => {
  const page = await zoomedPage(signedIn)
  try {
    const query = path === 'pages/job-detail/index' ? `?id=${await firstJobId()}` : ''
    await page.goto(`${session.platform.url}/#/${path}${query}`)
    const target = ready.startsWith('.') ? page.locator(ready).first() : page.getByText(ready).first()
    await target.waitFor({ timeout: 60_000 })
    // Taro's page transition and late images settle before measuring.
    await page.waitForTimeout(800)
    expect(await page.evaluate(() => document.documentElement.dataset.textZoom)).toBe(String(ZOOM))
    await screenshot(page, `large-text-${path.replaceAll('/', '-')}`)
    expect({ page: name, ...(await findTextProblemsScrolling(page)) }).toEqual({ page: name, clipped: [], overlapping: [] })
    // Text under a page's own bottom bar is fine while there is more to scroll; at the end, nothing may stay under it.
    expect({ page: name, coveredAtEnd: await findCoveredAtEnd(page) }).toEqual({ page: name, coveredAtEnd: [] })
  } finally {
    await page.context().close()
  }
})
