/**
 * Issue 5 end to end in Chromium with a phone profile, on the H5 build against the real platform: the
 * demo student opens 双选会, registers for the spring fair, puts its two overlapping sessions in 我的日程
 * and sees the overlap warning; then at the seeded fair under way today (check-in opens only around an event's
 * time, decision 014) the organiser (demo_admin, a second phone) opens the entrance page with the venue code,
 * and the student, registered for it by the seed, types that code in 签到 and is checked in.
 */
import { expect, test } from 'vitest'
import { devices, type Page } from 'playwright-core'
import { screenshot } from '../lib/browser'
import { phoneSession } from '../lib/phone-session'

const session = phoneSession()

// The seeded fair open for registration with two sessions side by side (prisma/src/seed/events.ts).
const FAIR = '2027年“职链齐鲁”春季校园双选会（智能制造专场）'
const TALK = '智能制造企业联合宣讲'
const CLINIC = '简历诊断与模拟面试'
// The seeded fair under way whenever the seed ran, the demo student registered.
const LIVE = '山东省职业院校毕业生就业双选周（济南站）'

async function signInAs(page: Page, card: string) {
  await page.goto(`${session.platform.url}/#/pages/login/index`)
  await page.getByText(card).first().click({ timeout: 90_000 })
  await expect.poll(() => page.url(), { timeout: 30_000 }).toContain('/pages/home/index')
}

const tab = (page: Page, name: string) => page.locator('.weui-tabbar__label', { hasText: name }).first()

test('a student registers, plans two overlapping sessions, sees the warning and checks in with the organiser page’s venue code', async () => {
  const student = await session.context.newPage()
  const failedApi: string[] = []
  student.on('response', (res) => { if (res.url().includes('/api/') && res.status() >= 500) failedApi.push(`${res.status()} ${res.url()}`) })

  // ── Student: 双选会 tab → the fair → 报名.
  await signInAs(student, '以学生身份体验')
  await tab(student, '双选会').click()
  const card = student.locator('.event-card').filter({ hasText: FAIR })
  await card.waitFor({ timeout: 30_000 })
  await expect.poll(() => card.locator('.event-kind').textContent()).toBe('双选会')
  await screenshot(student, 'fairs-flow-1-list')
  await card.click()
  await student.locator('.session-row').filter({ hasText: TALK }).waitFor({ timeout: 30_000 })
  const eventId = new URL(student.url().replace('/#/', '/')).searchParams.get('id')
  expect(eventId).toBeTruthy()
  await student.locator('.register-btn').filter({ hasText: '报名参加' }).click()
  await student.locator('.register-btn').filter({ hasText: '已报名' }).waitFor({ timeout: 15_000 })

  // ── Two sessions at overlapping times into 我的日程: the second add already warns.
  const addSession = async (title: string) => {
    const row = student.locator(`.session-row[data-session="${title}"]`)
    await row.getByText('加入日程', { exact: true }).click()
    await row.getByText('移出日程', { exact: true }).waitFor({ timeout: 15_000 })
  }
  await addSession(TALK)
  await addSession(CLINIC)
  await expect.poll(() => student.locator(`.session-row[data-session="${CLINIC}"] .overlap-warning`).textContent(), { timeout: 15_000 })
    .toContain(`「${TALK}」时间冲突`)
  await screenshot(student, 'fairs-flow-2-detail-overlap')

  await student.locator('.event-detail .event-entry').filter({ hasText: '我的日程' }).click()
  const item = (title: string) => student.locator(`.schedule-item[data-title="${title}"]`)
  const clinicItem = item(CLINIC)
  await clinicItem.waitFor({ timeout: 30_000 })
  await expect.poll(() => clinicItem.locator('.overlap-warning').textContent()).toBe(`与「${TALK}」时间冲突`)
  await expect.poll(() => item(TALK).locator('.overlap-warning').textContent()).toBe(`与「${CLINIC}」时间冲突`)
  await screenshot(student, 'fairs-flow-3-schedule-warning')

  // ── The fair under way today: its id from its card. 我的日程 is not a tab page (no tab bar): open the
  // 双选会 tab anew, one page instance (hash navigation alone keeps the old one in Taro's page stack).
  await student.goto(`${session.platform.url}/#/pages/fairs/index`)
  await student.reload()
  const liveCard = student.locator('.event-card').filter({ hasText: LIVE })
  await liveCard.waitFor({ timeout: 30_000 })
  await liveCard.click()
  await student.locator('.session-row').filter({ hasText: '产业链人才需求发布' }).waitFor({ timeout: 30_000 })
  const liveId = new URL(student.url().replace('/#/', '/')).searchParams.get('id')!

  // ── Organiser on a second phone: the entrance page shows this minute's venue code.
  const browser = session.context.browser()
  if (!browser) throw new Error('no browser behind the phone context')
  const organiserContext = await browser.newContext({ ...devices['iPhone 13'], locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const organiser = await organiserContext.newPage()
  await signInAs(organiser, '以管理员身份体验')
  await organiser.goto(`${session.platform.url}/#/pkg-organiser/event-scan/index?id=${liveId}`)
  // The page opens on scanning students' codes; the venue code is its second tab.
  await organiser.getByText('现场签到码', { exact: true }).click({ timeout: 60_000 })
  const venueCode = organiser.locator('.venue-code').first()
  await expect.poll(async () => ((await venueCode.textContent().catch(() => '')) ?? '').replace(/\D/g, ''), { timeout: 60_000 }).toMatch(/^\d{6}$/)
  const code = ((await venueCode.textContent()) ?? '').replace(/\D/g, '')
  await screenshot(organiser, 'fairs-flow-4-organiser-venue-code')

  // ── Student: 签到 → 输入现场签到码 → 签到成功.
  await student.goto(`${session.platform.url}/#/pages/events/checkin?id=${liveId}`)
  await student.getByText('输入现场签到码').waitFor({ timeout: 30_000 })
  await student.locator('.qr-code').waitFor({ timeout: 15_000 })
  await student.locator('input[name="venue-code"]').fill(code)
  await student.locator('.venue-submit').click()
  await student.locator('.checkin-done').filter({ hasText: '签到成功' }).waitFor({ timeout: 15_000 })
  await screenshot(student, 'fairs-flow-5-checked-in')
  await organiserContext.close()
  expect(failedApi).toEqual([])
})
