/**
 * Decision 043's "not fixed" list on the phone (H5 build, real platform in demo mode, iPhone 13's 390 × 844 screen),
 * decision 046:
 * - 双选会 and 培训 filter through the jobs tab's dropdowns (产业链 ▾ 城市 ▾ …), not two or three rows of chips: the list
 *   starts right under one row of tabs, and choosing a city far down the list moves nothing sideways;
 * - a job card keeps the employer's whole name on its line; on 岗位's compact list, labels (专精特新…) that do not fit
 *   beside it shrink to an ellipsis (elsewhere they wrap below), so six jobs still fit the first screen
 *   (student-first.test.ts).
 */
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { screenshot } from '../lib/browser'
import { freshSession, phoneSession, pickLastCity, sideways } from '../lib/phone-session'

const session = phoneSession()

const tabTexts = (page: Page) => page.locator('.dropdowns__tab-text').allTextContents()
const bottomOf = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().bottom)
const topOf = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top)

test.each([
  { tab: '双选会', path: 'pages/fairs/index', card: '.event-card', tabs: ['产业链', '城市', '类型'] },
  { tab: '培训', path: 'pages/training/index', card: '.course-card', tabs: ['产业链', '城市', '形式'] },
])('$tab opens with one row of dropdown filters, the list right under it, and never scrolls sideways', async ({ path, card, tabs }) => {
  const { context, page } = await freshSession(session, 'demo_student')
  try {
    await page.goto(`${session.platform.url}/#/${path}`)
    await page.locator(card).first().waitFor({ timeout: 60_000 })
    await expect.poll(() => tabTexts(page)).toEqual(tabs)
    // No row of chips until a tab is opened (the old page had a chain row, a city row and a kind/format row).
    expect(await page.locator('.chain-chips, .option-chips, .chain-chip').count()).toBe(0)
    await screenshot(page, `filters-first-screen-${path.replaceAll('/', '-')}`)
    // The list starts within one short row (双选会's 我的日程 / 消息, or 为你推荐's heading) under the filter tabs.
    const gap = (await topOf(page, card)) - (await bottomOf(page, '.dropdowns__tabs'))
    expect(gap).toBeLessThanOrEqual(110)
    const tabbarTop = await topOf(page, '.weui-tabbar')
    expect(await topOf(page, card)).toBeLessThan(tabbarTop / 2)
    expect(await sideways(page)).toBeLessThanOrEqual(0)

    await pickLastCity(page)
  } finally {
    await context.close()
  }
})

test("岗位's job cards keep the employer's whole name on its line; labels that do not fit beside it give way", async () => {
  const { context, page } = await freshSession(session, 'demo_student')
  try {
    await page.goto(`${session.platform.url}/#/pages/jobs/index`)
    await page.locator('.job-card').nth(5).waitFor({ timeout: 60_000 })
    const rows = await page.locator('.job-card').evaluateAll((cards) =>
      cards
        .filter((c) => c.querySelector('.org-label'))
        .map((c) => {
          const name = c.querySelector('.job-card__org-name') as HTMLElement
          const org = c.querySelector('.job-card__org') as HTMLElement
          const n = name.getBoundingClientRect()
          return {
            name: name.textContent,
            cut: name.scrollWidth > name.clientWidth + 1,
            // The name alone is wider than its line: only then may it end in an ellipsis.
            tooLongAlone: name.scrollWidth > org.clientWidth,
            // Labels gave way: cut to an ellipsis beside the name, or wrapped below it.
            gaveWay: [...c.querySelectorAll('.org-label')].some((l) => l.scrollWidth > l.clientWidth + 1 || l.getBoundingClientRect().top >= n.bottom - 1),
          }
        }),
    )
    await screenshot(page, 'job-cards-long-names')
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.filter((r) => r.cut && !r.tooLongAlone)).toEqual([])
    // The case this is about is there: some card's labels did not fit beside its whole name.
    expect(rows.some((r) => r.gaveWay)).toBe(true)
    expect(await sideways(page)).toBeLessThanOrEqual(0)
  } finally {
    await context.close()
  }
})
