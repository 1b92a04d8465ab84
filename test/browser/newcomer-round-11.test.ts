/**
 * Decision 102: the jobs each kind of user does start to finish — a student's search that finds nothing, a training
 * enrolment cancelled in 我的培训 and the 培训 tab shown again, the province's chain charts and fit alerts — on a
 * 360 × 640 touch phone with the system text at 1.5×, with decision 084's checks on every screen
 * (test/.artifacts/roles360-round11-*.png).
 */
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { phoneSession } from '../lib/phone-session'
import { screenshot } from '../lib/browser'
import { bffAs, look, open as openAt, phone360, see, settled, tap } from '../lib/phone-360'

const session = phoneSession()
const open = (page: Page, route: string) => openAt(page, session.platform.url, route)
const phone = (username: string) => phone360(session, username, 640)

const as = (username: string) => bffAs(session, username)

test('a search that finds nothing offers 清除全部条件, and the tab lists jobs again after it', async () => {
  await as('demo_student') // the first request to a new platform, retried once (see `as`)
  const problems: Record<string, unknown> = {}
  const { context, page } = await phone('demo_student')
  try {
    await open(page, '/pages/jobs/index')
    await settled(page)
    await page.locator('.jobs-sticky input').first().fill('量子计算芯片封装')
    await tap(page, '搜索')
    await see(page, '没有符合条件的岗位')
    // Before: only 「换个关键词或放宽筛选条件试试」, and the keyword to delete by hand.
    await see(page, '清除全部条件')
    await look(page, 'round11-jobs-nothing', problems)
    await tap(page, '清除全部条件')
    await settled(page)
    expect(await page.locator('.jobs-sticky input').first().inputValue()).toBe('')
    await expect.poll(() => page.locator('.job-card:visible').count(), { timeout: 30_000 }).toBeGreaterThan(0)
  } finally {
    await context.close()
  }
  expect(problems).toEqual({})
}, 300_000)

test('the 培训 tab shown again after 我的培训 cancelled an enrolment offers 报名 again', async () => {
  const student = await as('demo_student')
  const courses = (await student<{ items: { id: string; title: string; seatsLeft: number; startDate: string | null }[] }>('GET', '/api/trainings?limit=20')).json.items
  const mine = new Set((await student<{ items: { course: { id: string } }[] }>('GET', '/api/trainings/enrolments/mine')).json.items.map((e) => e.course.id))
  const course = courses.find((c) => c.seatsLeft > 0 && !mine.has(c.id) && (!c.startDate || new Date(c.startDate) > new Date()))!
  const enrolled = await student<{ id: string }>('POST', `/api/trainings/${course.id}/enrolments`)
  expect(enrolled.status).toBe(201)
  const { context, page } = await phone('demo_student')
  const card = page.locator('.course-card:visible', { hasText: course.title }).first()
  try {
    await open(page, '/pages/training/index')
    await settled(page)
    await expect.poll(() => card.locator('.taro-button-core').textContent(), { timeout: 30_000 }).toBe('已报名')
    // 我的 → 我的培训 → 取消报名 (that page's request), then back to the 培训 tab, which stayed open all along.
    expect((await student('DELETE', `/api/trainings/enrolments/${enrolled.json.id}`)).status).toBe(200)
    await tap(page, '我的')
    await settled(page)
    // The tab's refresh ends with the student's enrolments read again (afterRefresh): its answer, however slow, is
    // what the card waits for.
    const enrolmentsAgain = page.waitForResponse((r) => r.url().includes('/api/trainings/enrolments/mine'), { timeout: 0 })
    await tap(page, '培训')
    // Decision 106: the course stays on screen while the tab reloads it (it blanked to 加载中 until the answer came,
    // for over 30 s in one CI run at load ~9).
    expect(await card.isVisible()).toBe(true)
    expect(await page.getByText('加载中…').locator('visible=true').count()).toBe(0)
    await enrolmentsAgain
    await settled(page)
    // Before decision 102: still 已报名 (disabled), the seat still taken, until the app was restarted.
    await expect
      .poll(() => card.locator('.taro-button-core').textContent())
      .toBe('报名')
      .catch(async (error: unknown) => {
        await screenshot(page, 'round11-training-again-failed')
        throw error
      })
    await look(page, 'round11-training-again', {})
  } finally {
    await context.close()
  }
}, 300_000)

test("the province's chain charts read as text too, and an alert names its college once", async () => {
  const problems: Record<string, unknown> = {}
  const { context, page } = await phone('demo_admin')
  try {
    await open(page, '/pkg-province/analytics/index')
    await see(page, '需求最多的技能点')
    // Before: 按城市, 趋势 and 技能点 were canvases alone.
    for (const list of ['按城市供需', '毕业生与岗位需求逐年', '技能点需求人数']) {
      await expect.poll(() => page.locator(`[aria-label="${list}"] >> visible=true`).locator('.province__line').count(), { timeout: 30_000, message: list }).toBeGreaterThan(0)
    }
    await look(page, 'round11-analytics', problems)
    await open(page, '/pkg-province/fit/index')
    await see(page, /^预警（\d+）$/)
    await settled(page)
    // Before: 「淄博职业学院 · 机电一体化技术：淄博职业学院机电一体化技术：在校生占比…」.
    const alerts = await page.locator('.province__line:visible').allTextContents()
    expect(alerts.filter((line) => line.includes('在校生占比')).length).toBeGreaterThan(0)
    expect(alerts.filter((line) => / · .*：.*在校生占比/.test(line))).toEqual([])
    await look(page, 'round11-fit', problems)
  } finally {
    await context.close()
  }
  expect(problems).toEqual({})
}, 300_000)
