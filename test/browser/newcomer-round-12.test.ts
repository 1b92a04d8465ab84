/**
 * Decision 108 on a 390 × 844 touch phone with the system text at 1.5×: decision 101's two leftovers — a unit opening
 * another organiser's 展位与看板 by its address, the student told in 消息 when an applied job goes offline with its
 * suspended unit — and the check-in page's text box and the equipment booking sheet, with decision 084's checks on
 * the screens (test/.artifacts/roles360-round12-*.png).
 */
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { phoneSession } from '../lib/phone-session'
import { bffAs, look, open as openAt, phone360, see, settled, tap } from '../lib/phone-360'

const session = phoneSession()
const open = (page: Page, route: string) => openAt(page, session.platform.url, route)
const phone = (username: string) => phone360(session, username, 844)
const as = (username: string) => bffAs(session, username)

test('展位与看板 opened by a unit that does not organise the event says who may see it and offers the event page', async () => {
  const college = await as('demo_college')
  const event = (await college<{ items: { id: string; title: string; status: string }[] }>('GET', '/api/events/organised?limit=20')).json.items.find((e) => e.status === 'published' || e.status === 'ongoing')!
  const problems: Record<string, unknown> = {}
  const { context, page } = await phone('demo_enterprise')
  try {
    await open(page, `/pkg-organiser/event-manage/index?id=${event.id}`)
    // Before: 「展位申请（待审核 0）」 over the dashboard's 「活动不存在或已下线」 and 重试.
    await see(page, '您不是这场活动的主办方')
    await see(page, /^展位审核和数据看板只有主办单位「.+」的负责人、业务管理员及主管部门可以查看。$/)
    expect(await page.getByText(/展位申请/).locator('visible=true').count()).toBe(0)
    await look(page, 'round12-not-organiser', problems)
    await tap(page, '查看活动页')
    await see(page, event.title)
    await settled(page)
    expect(page.url()).toContain('/pages/events/detail')
  } finally {
    await context.close()
  }
  expect(problems).toEqual({})
}, 300_000)

test('a suspension tells the student in 消息 once per waiting application, and the message opens 我的投递', async () => {
  const student = await as('demo_student')
  const owner = await as('demo_enterprise')
  const admin = await as('demo_admin')
  const orgId = (await owner<{ memberships: { org: { id: string } }[] }>('GET', '/api/me')).json.memberships[0]!.org.id
  type Mine = { items: { id: string; status: string; job: { status: string }; org: { id: string } }[] }
  const mine = (await student<Mine>('GET', '/api/applications/mine?limit=50')).json.items
  const waiting = mine.filter((a) => a.job.status === 'open' && a.org.id === orgId && ['submitted', 'viewed', 'interview', 'offer'].includes(a.status))
  expect(waiting.length).toBeGreaterThan(0)
  const problems: Record<string, unknown> = {}
  expect((await admin('POST', `/api/admin/organizations/${orgId}/suspend`, { reason: '经核查存在虚假招聘信息，暂停整改' })).status).toBe(200)
  // A second tap of 暂停 is refused and tells nobody again.
  expect((await admin('POST', `/api/admin/organizations/${orgId}/suspend`, { reason: '经核查存在虚假招聘信息，暂停整改' })).status).toBe(409)
  const { context, page } = await phone('demo_student')
  try {
    await open(page, '/pages/inbox/index')
    // Before: nothing in 消息; the student learned of it only by opening 我的投递.
    await see(page, '投递的岗位已下线')
    expect(await page.getByText('投递的岗位已下线', { exact: true }).locator('visible=true').count()).toBe(waiting.length)
    await see(page, /已随该单位被主管部门暂停而下线。您的投递记录仍保留/)
    await look(page, 'round12-inbox-offline', problems)
    await tap(page, '投递的岗位已下线')
    await see(page, /^岗位已暂停：该单位已被主管部门暂停，岗位随之下线/)
    await look(page, 'round12-applications-offline', problems)
  } finally {
    await context.close()
    expect((await admin('POST', `/api/admin/organizations/${orgId}/restore`, { reason: '整改完成' })).status).toBe(200)
  }
  expect(problems).toEqual({})
}, 300_000)

/** How far `inner` runs past the right edge of `outer` (0 or less when it fits), in CSS pixels. */
const overhang = (page: Page, inner: string, outer: string) =>
  page.locator(inner).locator('visible=true').first().evaluate((el, sel) => el.getBoundingClientRect().right - el.closest(sel)!.getBoundingClientRect().right, outer)
/** Lines a short label takes: its height over its line height. */
const lines = (page: Page, text: string) =>
  page.getByText(text, { exact: true }).locator('visible=true').first().evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight || '0')))

test('the check-in page’s text box stays inside its card, and the booking sheet’s 开始 and 结束 read on one line', async () => {
  const student = await as('demo_student')
  const registered = (await student<{ items: { event: { id: string } }[] }>('GET', '/api/events/registrations/mine')).json.items[0]!
  const problems: Record<string, unknown> = {}
  const s = await phone('demo_student')
  try {
    await open(s.page, `/pages/events/checkin?id=${registered.event.id}`)
    await see(s.page, '输入现场签到码')
    await s.page.locator('input[name="venue-code"]').fill('123456')
    await tap(s.page, '签到')
    await see(s.page, /^签到码不正确/)
    // Before: the box ran 10 px past the card's right edge (its padding and border added to the card's width).
    expect.soft(await overhang(s.page, '.venue-input', '.card')).toBeLessThanOrEqual(0)
    await look(s.page, 'round12-checkin-wrong-code', problems)
  } finally {
    await s.context.close()
  }
  const e = await phone('demo_enterprise')
  try {
    await open(e.page, '/pkg-enterprise/equipment/index')
    await e.page.getByText('预约', { exact: true }).locator('visible=true').first().tap()
    await see(e.page, '提交预约')
    await settled(e.page)
    // Before: 开 over 始 and 结 over 束, the label column 80 design px wide.
    expect.soft(await lines(e.page, '开始')).toBe(1)
    expect.soft(await lines(e.page, '结束')).toBe(1)
    expect.soft(await overhang(e.page, '.equipment-slot', '.sheet')).toBeLessThanOrEqual(0)
  } finally {
    await e.context.close()
  }
  expect(problems).toEqual({})
}, 300_000)
