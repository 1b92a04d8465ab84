/**
 * Every role's main pages at 360 px, the narrowest common phone width (most Android phones; decision 061's audit also
 * walked 390 px, the iPhone's, and found nothing there that 360 px did not show), on one platform freshly seeded for
 * this file (H5 build, real BFF in demo mode). On every page: nothing scrolls sideways; no text is cut by a box that
 * hides it (a chip row that scrolls sideways is reached by swiping, so its far chips are not cut); no two `名称：值`
 * facts run on as one line (账号安全's 登录方式 and 审核队列's 单位 / 提交时间 did), nor lines a person wrote as one
 * paragraph (a job's description did); no record id is shown; and the demo banner's warning is whole (the ellipsis
 * had eaten 个人信息). On every page every control a finger meets (chip, tab, link, button, the search box) is at least
 * 44 × 44 px at 375 wide (decisions 065, 068), no wrapped grey note is spaced by its card's larger line (decision 079), and 审核队列's five tabs fit the screen and stay on it while the queue scrolls. Each page
 * leaves a screenshot in test/.artifacts (narrow-<role>-<width>-<page>.png) for a person to look at.
 */
import { describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { screenshot } from '../lib/browser'
import { cutDemoBanner, findLooseNotes, findLostLineBreaks, findRunOnFacts, findShownIds, findSmallTapTargets } from '../lib/narrow-checks'
import { demoToken, phoneSession, sideways } from '../lib/phone-session'
import { findTextProblemsScrolling } from '../lib/text-zoom'

const session = phoneSession()
/** More widths cost a walk each; the narrowest finds what wider ones would. */
const WIDTHS = [360]

/** Each role's pages as its 我的 / 工作台 / 管理后台 lead to them; null is a visitor. */
const ROLES: { role: string; username: string | null; pages: string[] }[] = [
  { role: 'visitor', username: null, pages: ['pages/home/index', 'pages/login/index', 'pages/signup/index', 'pages/recover/index'] },
  {
    role: 'student', username: 'demo_student',
    pages: ['pages/home/index', 'pages/jobs/index', 'pages/job-detail/index', 'pages/training/index', 'pages/fairs/index', 'pages/me/index', 'pages/applications/index', 'pages/profile/index', 'pages/my-enrolments/index', 'pages/inbox/index', 'pages/events/schedule', 'pages/account/index'],
  },
  {
    role: 'enterprise', username: 'demo_enterprise',
    pages: ['pages/me/index', 'pkg-enterprise/index', 'pkg-enterprise/jobs/index', 'pkg-enterprise/job-edit/index', 'pkg-enterprise/demand-list/index', 'pkg-enterprise/fairs/index', 'pkg-enterprise/equipment/index', 'pkg-enterprise/matches/index', 'pkg-projects/list/index', 'pkg-projects/new/index'],
  },
  {
    role: 'college', username: 'demo_college',
    pages: ['pkg-college/index', 'pkg-college/supply-list/index', 'pkg-college/demand-fit/index', 'pkg-college/challenges/index', 'pkg-college/equipment-bookings/index', 'pkg-organiser/events/index', 'pkg-organiser/event-edit/index'],
  },
  {
    role: 'province', username: 'demo_admin',
    pages: ['pages/me/index', 'pkg-admin/review/index', 'pkg-admin/memberships/index', 'pkg-admin/audit/index', 'pkg-admin/explain/index', 'pkg-admin/chains/index', 'pkg-admin/administrators/index', 'pkg-admin/effectiveness/index', 'pkg-province/map/index', 'pkg-province/analytics/index', 'pkg-province/fit/index', 'pkg-province/report/index', 'pkg-organiser/events/index', 'pkg-projects/list/index'],
  },
  {
    role: 'city-bureau', username: 'demo_zibo_edu',
    pages: ['pages/me/index', 'pkg-admin/review/index', 'pkg-admin/memberships/index', 'pkg-admin/audit/index', 'pkg-admin/effectiveness/index', 'pkg-organiser/events/index', 'pkg-projects/list/index'],
  },
]

async function firstJobId(): Promise<string> {
  const { items } = (await (await fetch(`${session.platform.url}/api/jobs?limit=1`)).json()) as { items: { id: string }[] }
  return items[0]!.id
}

/** Waits until the page has drawn its content: no loading view left and the network quiet. */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle')
  await expect.poll(() => page.locator('[aria-busy="true"] >> visible=true').count(), { timeout: 60_000 }).toBe(0)
  // Taro's page transition and late images settle before measuring.
  await page.waitForTimeout(500)
}

describe.each(ROLES)('$role on a narrow phone', ({ role, username, pages }) => {
  test.each(WIDTHS)('%i px: no sideways scroll, nothing cut, no facts or lines run on, no ids, the demo warning whole', async (width) => {
    const context = await session.context.browser()!.newContext({
      viewport: { width, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai',
    })
    if (username) await context.addInitScript((t) => localStorage.setItem('zl.token', JSON.stringify({ data: t })), await demoToken(session, username))
    const page = await context.newPage()
    const jobId = await firstJobId()
    const found: Record<string, unknown> = {}
    try {
      for (const path of pages) {
        await page.goto(`${session.platform.url}/#/${path}${path === 'pages/job-detail/index' ? `?id=${jobId}` : ''}`)
        // One page instance: hash navigation alone keeps the previous page in Taro's stack.
        await page.reload()
        await settled(page)
        await screenshot(page, `narrow-${role}-${width}-${path.replaceAll('/', '-')}`)
        const problems = {
          sideways: await sideways(page),
          runOn: await findRunOnFacts(page),
          lineBreaks: await findLostLineBreaks(page),
          ids: await findShownIds(page),
          banner: await cutDemoBanner(page),
          clipped: (await findTextProblemsScrolling(page)).clipped,
          smallTaps: await findSmallTapTargets(page),
          looseNotes: await findLooseNotes(page),
        }
        if (problems.sideways > 0 || problems.runOn.length || problems.lineBreaks.length || problems.ids.length || problems.banner || problems.clipped.length || problems.smallTaps.length || problems.looseNotes.length) found[path] = problems
      }
      expect(found).toEqual({})
    } finally {
      await context.close()
    }
  }, 600_000)
})

describe('审核队列 on a narrow phone', () => {
  /** The selected tab's box, and whether a tap at its centre lands on it (nothing drawn over it). */
  const selectedTab = (page: Page) =>
    page.evaluate(() => {
      const tab = [...document.querySelectorAll('.review-queue__tab[aria-selected="true"]')].find((el) => el.checkVisibility())
      if (!tab) return null
      const r = tab.getBoundingClientRect()
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: tab.textContent, onTop: !!hit && tab.contains(hit) }
    })

  test('360 px: all five tabs fit the screen, and the selected one is on screen when the page opens, after picking the last tab, and while the queue scrolls', async () => {
    // A short screen, so a queue of a few items scrolls.
    const context = await session.context.browser()!.newContext({
      viewport: { width: 360, height: 480 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai',
    })
    await context.addInitScript((t) => localStorage.setItem('zl.token', JSON.stringify({ data: t })), await demoToken(session, 'demo_admin'))
    const page = await context.newPage()
    const onScreen = (t: Awaited<ReturnType<typeof selectedTab>>) => !!t && t.onTop && t.left >= 0 && t.right <= 360 && t.top >= 0 && t.bottom <= 480
    try {
      await page.goto(`${session.platform.url}/#/pkg-admin/review/index`)
      await settled(page)
      // Polled: the row scrolls to the selected tab with an animation.
      const shown = async () => onScreen(await selectedTab(page))
      await expect.poll(shown).toBe(true)
      const tabs = page.locator('.review-queue__tab >> visible=true')
      // All five on screen at once, none waiting past the right edge for a swipe (decision 068).
      expect(await tabs.count()).toBe(5)
      const boxes = await tabs.evaluateAll((els) => els.map((el) => { const r = el.getBoundingClientRect(); return { text: el.textContent, left: r.left, right: r.right } }))
      expect(boxes.filter((b) => b.left < 0 || b.right > 360)).toEqual([])
      // The last of the five, selected and whole.
      await tabs.last().click()
      await expect.poll(() => tabs.last().getAttribute('aria-selected')).toBe('true')
      await settled(page)
      expect((await selectedTab(page))?.text).toContain('举报')
      await expect.poll(shown).toBe(true)
      // Back to the first queue (the demo's longest), then down it: the tab bar stays on top of the cards.
      await tabs.first().click()
      await expect.poll(() => tabs.first().getAttribute('aria-selected')).toBe('true')
      await settled(page)
      const scrolled = await page.evaluate(() => {
        // Whichever box scrolls the page (the document or one of Taro's page containers).
        const scrollers = [document.scrollingElement!, ...document.querySelectorAll('*')].filter((el) => el.scrollHeight > el.clientHeight + 1 && (el === document.scrollingElement || /auto|scroll/.test(getComputedStyle(el).overflowY)))
        for (const el of scrollers) el.scrollTop = 100_000
        return Math.max(0, ...scrollers.map((el) => el.scrollTop))
      })
      // The queue did scroll: otherwise the tab bar's staying put proves nothing.
      expect(scrolled).toBeGreaterThan(200)
      expect((await selectedTab(page))?.text).toContain('单位认证')
      await expect.poll(shown).toBe(true)
    } finally {
      await context.close()
    }
  }, 300_000)
})
