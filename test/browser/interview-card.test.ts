/**
 * Decisions 112 and 116 on a 360 × 640 touch phone with the system text at 1.5×: the demo enterprise invites an
 * applicant from 应聘者详情, moves the interview on its 面试安排 card (a later hour on the time wheel, another room) and
 * then calls it off with a reason; after each step the demo student's phone shows what changed — 我的投递, 我的日程,
 * 消息 — and the application ends back at 已查看 (test/.artifacts/roles360-interview-card-*.png).
 */
import { consentPurpose } from '@zhilian/shared/contracts/applications'
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { screenshot } from '../lib/browser'
import { phoneSession } from '../lib/phone-session'
import { bffAs, look, open as openAt, phone360, see, settled, tap } from '../lib/phone-360'

const session = phoneSession()
const open = (page: Page, route: string) => openAt(page, session.platform.url, route)
const as = (username: string) => bffAs(session, username)
/** A phone session of `username` through `walk`; whatever happens, its last screen is kept and it is closed. */
async function onPhone(username: string, walk: (page: Page) => Promise<void>) {
  const { context, page } = await phone360(session, username, 640)
  try {
    await walk(page)
  } finally {
    await screenshot(page, `interview-card-last-${Date.now()}`).catch(() => undefined)
    await context.close()
  }
}
/** Taps a modal's button (Taro's H5 showModal). */
const confirm = (page: Page, button: string) => page.locator('.taro-modal__foot, .taro-modal__footer, [class*="modal"]').getByText(button, { exact: true }).last().tap()
const visible = (page: Page, selector: string) => page.locator(selector).locator('visible=true')

/** A text as a pattern: the places and reason carry brackets. */
const escaped = (text: string) => text.replace(/[()（）]/g, '\\$&')

const PLACE = '恒瑞厂区办公楼一楼（走查116）'
const MOVED_TO = '恒瑞厂区二号楼面试室（走查116）'
const REASON = '面试官临时出差（走查116）'

interface EnterpriseJob { id: string; title: string; status: string; headcount: number; hiredCount: number; orgId: string }

/** The demo student applies (set-up: the apply itself is jobs-flow's walk) to an open job of the demo enterprise not yet applied to. */
async function applied() {
  const enterprise = await as('demo_enterprise')
  const student = await as('demo_student')
  const jobs = (await enterprise<{ items: EnterpriseJob[] }>('GET', '/api/enterprise/jobs?limit=100')).json.items
  const mine = new Set((await student<{ items: { job: { id: string } }[] }>('GET', '/api/applications/mine?limit=100')).json.items.map((a) => a.job.id))
  const job = jobs.find((j) => j.status === 'open' && j.hiredCount < j.headcount && !mine.has(j.id) && jobs.filter((o) => o.title === j.title).length === 1)
  expect(job).toBeDefined()
  const fields = ['realName', 'phone', 'college', 'major', 'grade', 'education', 'skills', 'certificates', 'expectedCities', 'intro']
  const res = await student('POST', `/api/jobs/${job!.id}/applications`, { consent: { recipientOrgId: job!.orgId, purpose: consentPurpose(job!.title), fields } })
  expect(res.status).toBe(201)
  return job!
}

/** Turns the time wheel's hour column `hours` rows on, then 确定; answers the new time once the form shows it. */
async function laterHour(page: Page, time: string, hours: number) {
  const [h, m] = time.split(':')
  const target = String((Number(h) + hours) % 24).padStart(2, '0')
  // The wheel takes the row as its value only once the scroll has ended: Taro's ScrollView calls it ended 150 ms after
  // the last scroll event and the picker settles 100 ms after that, with nothing on screen to wait for. 确定 sooner
  // keeps the old hour, so a loaded machine's late timers are met by trying again with a longer pause, and the form's
  // own time field (what the user reads) decides whether the turn took.
  for (const pause of [600, 1500, 3000]) {
    await turnHour(page, h!, target, pause)
    const shown = async () => (await visible(page, '.interview-time').last().textContent())?.trim()
    const took = await expect.poll(shown, { timeout: 3_000 }).toBe(`${target}:${m}`).then(() => true, () => false)
    if (took) return `${target}:${m}`
  }
  throw new Error(`the time wheel kept ${time} after three turns to ${target}:${m}`)
}

async function turnHour(page: Page, from: string, to: string, pause: number) {
  await visible(page, '.interview-time').last().tap()
  // The wheel slides up from the bottom; its left column is the hour, standing at the form's time.
  const hour = visible(page, '.taro-picker__group').first()
  const selected = hour.locator('.taro-picker__item--selected')
  await expect.poll(() => selected.textContent(), { timeout: 15_000 }).toBe(from)
  // A finger's swipe scrolls the column (the mouse's wheel does not: it lands on the mask), once the wheel has rolled
  // to the form's hour. One row is 34 px; the wheel settles on the row nearest where the scroll stops.
  const column = hour.locator('.taro-picker__content')
  await expect.poll(() => column.evaluate((el) => Math.round(el.scrollTop)), { timeout: 15_000 }).toBe(34 * Number(from))
  await column.evaluate((el, dy) => el.scrollBy({ top: dy }), 34 * ((Number(to) - Number(from) + 24) % 24))
  await expect.poll(() => selected.textContent(), { timeout: 15_000 }).toBe(to)
  await page.waitForTimeout(pause)
  await visible(page, '.taro-picker__action').getByText('确定', { exact: true }).tap()
}

/** The student's phone: the application's card in 我的投递, the interview in 我的日程, a message in 消息. */
async function studentSees(job: string, card: { status: string; line: RegExp }, agenda: RegExp, inbox: { title: string; body: RegExp }, shot: string) {
  await onPhone('demo_student', async (page) => {
    const problems: Record<string, unknown> = {}
    await open(page, '/pages/applications/index')
    const mine = visible(page, '.application-card').filter({ has: page.locator('.job-card__title', { hasText: new RegExp(`^${job}$`) }) })
    await expect.poll(() => mine.count(), { timeout: 30_000 }).toBeGreaterThan(0)
    await expect.poll(() => mine.first().textContent(), { timeout: 30_000 }).toMatch(card.line)
    expect(await mine.first().locator('.application-status').textContent()).toBe(card.status)
    await look(page, `interview-card-${shot}-applications`, problems)

    await open(page, '/pages/events/schedule')
    const item = visible(page, '.schedule-item').filter({ hasText: `面试：${job}` })
    await expect.poll(() => item.count(), { timeout: 30_000 }).toBeGreaterThan(0)
    await expect.poll(() => item.first().textContent(), { timeout: 30_000 }).toMatch(agenda)
    await look(page, `interview-card-${shot}-schedule`, problems)

    await open(page, '/pages/inbox/index')
    const message = visible(page, '.inbox-item').filter({ hasText: inbox.title }).filter({ hasText: job })
    await expect.poll(() => message.count(), { timeout: 30_000 }).toBeGreaterThan(0)
    await expect.poll(() => message.first().textContent()).toMatch(inbox.body)
    await look(page, `interview-card-${shot}-inbox`, problems)
    expect(problems).toEqual({})
  })
}

test('an interview invited, moved on its 面试安排 card and called off with a reason; the student’s phone follows each step', async () => {
  const job = await applied()
  const problems: Record<string, unknown> = {}
  let invitedAt = ''
  let movedAt = ''

  // ── The enterprise: 我的岗位与应聘者 → 应聘者 → 李明轩 → 邀请面试, then 改期 on the 面试安排 card.
  await onPhone('demo_enterprise', async (page) => {
    await open(page, '/pkg-enterprise/jobs/index')
    const jobCard = visible(page, '.enterprise-job').filter({ has: page.locator('.job-card__title', { hasText: new RegExp(`^${job.title}$`) }) })
    await jobCard.first().waitFor({ timeout: 60_000 })
    await jobCard.first().getByText('应聘者', { exact: true }).tap()
    const applicant = visible(page, '.applicant-card').filter({ hasText: '李明轩' })
    await applicant.first().waitFor({ timeout: 30_000 })
    await applicant.first().locator('.applicant-name').tap()
    await see(page, '学生授权查看的信息')
    await visible(page, '.pipeline-actions').getByText('邀请面试', { exact: true }).tap()
    const form = visible(page, '.interview-form')
    await form.waitFor({ timeout: 15_000 })
    invitedAt = (await form.locator('.interview-time').textContent())!.trim()
    await form.locator('input[name="place"]').fill(PLACE)
    await form.getByText('发送面试邀请', { exact: true }).tap()
    await form.waitFor({ state: 'detached', timeout: 15_000 })

    const card = visible(page, '.interviews-card')
    await expect.poll(() => card.textContent(), { timeout: 30_000 }).toContain(`${invitedAt} · ${PLACE}`)
    await look(page, 'interview-card-invited', problems)

    await card.getByText('改期', { exact: true }).tap()
    const moving = visible(page, '.interview-form')
    await moving.waitFor({ timeout: 15_000 })
    // The form opens filled with the interview as it stands.
    expect((await moving.locator('.interview-time').textContent())?.trim()).toBe(invitedAt)
    movedAt = await laterHour(page, invitedAt, 2)
    await expect.poll(async () => (await moving.locator('.interview-time').textContent())?.trim()).toBe(movedAt)
    await moving.locator('input[name="place"]').fill(MOVED_TO)
    // A screenshot only: the overlap check reads the page under an open sheet as overlapping it.
    await screenshot(page, 'roles360-interview-card-moving')
    await moving.getByText('确认改期并通知学生', { exact: true }).tap()
    await moving.waitFor({ state: 'detached', timeout: 15_000 })
    await expect.poll(() => card.textContent(), { timeout: 30_000 }).toContain(MOVED_TO)
    await look(page, 'interview-card-moved', problems)
  })
  expect(problems).toEqual({})

  // ── The student: the new time and room everywhere, and 面试时间调整 in 消息.
  await studentSees(
    job.title,
    { status: '面试', line: new RegExp(`面试安排：\\d{2}-\\d{2} ${movedAt}，${escaped(MOVED_TO)}`) },
    new RegExp(`${movedAt} · ${escaped(MOVED_TO)}`),
    { title: '面试时间调整', body: new RegExp(`面试改为：时间：.*${movedAt}.*地点：${escaped(MOVED_TO)}`) },
    'moved',
  )

  // ── The enterprise calls it off: 取消面试, a reason the student reads, a confirmation.
  await onPhone('demo_enterprise', async (page) => {
    await open(page, '/pkg-enterprise/jobs/index')
    const jobCard = visible(page, '.enterprise-job').filter({ has: page.locator('.job-card__title', { hasText: new RegExp(`^${job.title}$`) }) })
    await jobCard.first().waitFor({ timeout: 60_000 })
    await jobCard.first().getByText('应聘者', { exact: true }).tap()
    await visible(page, '.applicant-card').filter({ hasText: '李明轩' }).first().locator('.applicant-name').tap()
    const card = visible(page, '.interviews-card')
    await expect.poll(() => card.textContent(), { timeout: 30_000 }).toContain(MOVED_TO)
    await card.getByText('取消面试', { exact: true }).tap()
    await visible(page, 'textarea[name="reason"]').last().fill(REASON)
    await tap(page, '确定')
    await see(page, new RegExp(escaped(REASON)))
    await confirm(page, '取消面试')
    await expect.poll(() => card.textContent(), { timeout: 30_000 }).toContain(`原因：${REASON}`)
    await settled(page)
    await expect.poll(() => visible(page, '.card').first().textContent()).toContain(`${job.title} · 已查看`)
    await look(page, 'interview-card-cancelled', problems)
  })
  expect(problems).toEqual({})

  // ── The student: 面试已取消 with the reason, and the application back at 已查看.
  const reason = escaped(REASON)
  await studentSees(
    job.title,
    { status: '已查看', line: new RegExp(`面试已取消：原定.*（原因：${reason}）`) },
    new RegExp(`面试已取消，原因：${reason}`),
    { title: '面试已取消', body: new RegExp(`面试已取消，原因：${reason}。投递回到“已查看”`) },
    'cancelled',
  )
})
