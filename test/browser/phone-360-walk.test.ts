/**
 * Two newcomers on a 360 × 780 touch phone (decision 068), tapping rather than clicking: an enterprise contact fills
 * in 附件2 between shifts (adds a job with a skill, saves the draft, leaves, comes back to it, submits), and a student
 * applies to a job and follows a fair (报名参加, 加入日程, 订阅提醒). On every screen of both flows, including the
 * list's later steps that the narrow-screens walk never opens, every control is at least 44 × 44 px at 375 wide and
 * nothing scrolls sideways. Each screen leaves a screenshot (test/.artifacts/phone360-*.png) for a person to look at.
 */
import { expect, test } from 'vitest'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { pageApi, screenshot } from '../lib/browser'
import { findLooseNotes, findSmallTapTargets } from '../lib/narrow-checks'
import { demoToken, phoneSession, sideways } from '../lib/phone-session'

const session = phoneSession()

const JOB_TITLE = '设备点检员（倒班间隙填报）'

async function phone(username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await session.context.browser()!.newContext({
    viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai',
  })
  await context.addInitScript((t) => localStorage.setItem('zl.token', JSON.stringify({ data: t })), await demoToken(session, username))
  return { context, page: await context.newPage() }
}

/** Taps (a touch, not a click) the last visible element reading exactly `text`. */
const tap = (scope: Page | Locator, text: string) => scope.getByText(text, { exact: true }).locator('visible=true').last().tap()
const type = (page: Page, name: string, value: string) => page.locator(`input[name="${name}"], textarea[name="${name}"]`).locator('visible=true').first().fill(value)
const field = (page: Page, label: string) => page.locator('.lf-field').filter({ has: page.getByText(label, { exact: true }) }).locator('visible=true').last()
/** Opens the list form's steps (one row, decision 073) and taps one. */
async function jumpTo(page: Page, label: string) {
  await page.locator('.lf-steps__current >> visible=true').tap()
  await tap(page.locator('.lf-steps__menu >> visible=true'), label)
}
const stepName = (page: Page) => page.locator('.lf-steps__name >> visible=true').textContent()
const statusLine = (page: Page) => page.locator('.lf-status__line >> visible=true').textContent()
const confirmModal = (page: Page, button: string) => page.locator('.taro-modal__foot, .taro-modal__footer, [class*="modal"]').getByText(button, { exact: true }).locator('visible=true').last().tap()

/** One screen of a flow: its screenshot, then what a finger would miss and what runs off the side. */
async function look(page: Page, name: string, problems: Record<string, unknown>) {
  await page.waitForLoadState('networkidle')
  // Taro slides a new page in: measure and shoot once no finite animation runs (a spinner's loop never ends).
  await expect.poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity).length)).toBe(0)
  await screenshot(page, `phone360-${name}`)
  const small = await findSmallTapTargets(page)
  const side = await sideways(page)
  // The list form's steps stay one row (six chips wrapped to two at 360 px), and a section title inside a card starts
  // where the card's text starts (it was indented twice), decision 073.
  const stepRows = await page.locator('.lf-steps >> visible=true').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().height)).filter((h) => h > 60))
  const indented = await page.locator('.card .section-title >> visible=true').evaluateAll((els) =>
    els.flatMap((el) => {
      const card = el.closest('.card') as HTMLElement
      const text = el.getBoundingClientRect().left + Number.parseFloat(getComputedStyle(el).paddingLeft)
      const start = card.getBoundingClientRect().left + Number.parseFloat(getComputedStyle(card).paddingLeft)
      return Math.abs(text - start) > 1 ? [`${el.textContent}: ${Math.round(text - start)} px`] : []
    }),
  )
  // A wrapped grey note is spaced by its own text, not its card's larger line (decision 079).
  const loose = await findLooseNotes(page)
  if (small.length || side > 0 || stepRows.length || indented.length || loose.length) problems[name] = { small, sideways: side, stepRows, indented, loose }
}

test('an enterprise contact fills in 附件2 between shifts on a 360-px phone: a job with a skill, draft, back later, submit', async () => {
  const { context, page } = await phone('demo_enterprise')
  const problems: Record<string, unknown> = {}
  try {
    const mine = await pageApi<{ org: { id: string; name: string } }>(await (async () => { await page.goto(`${session.platform.url}/#/pages/me/index`); return page })(), '/api/demand-lists/mine')
    const orgs = await pageApi<{ items: { id: string; uscc: string }[] }>(page, '/api/organizations/mine')
    const uscc = orgs.items.find((o) => o.id === mine.org.id)!.uscc
    await page.goto(`${session.platform.url}/#/pkg-enterprise/demand-list/index`)
    await page.reload()
    await expect.poll(() => page.locator('input[name="filledBy"]').count(), { timeout: 30_000 }).toBe(1)
    await look(page, 'enterprise-1-basics', problems)

    await type(page, 'filledBy', '王强')
    await type(page, 'filledByPhone', '13800138000')
    await type(page, 'org.name', mine.org.name)
    await type(page, 'org.uscc', uscc)
    await tap(field(page, '企业性质'), '民营企业')
    await type(page, 'org.contactName', '王强')
    await type(page, 'org.contactPhone', '13800138000')
    await type(page, 'org.contactTitle', '人力资源部经理')
    await type(page, 'org.contactEmail', 'hr@example.com')
    await tap(page, '保存并下一步')

    await expect.poll(() => stepName(page), { timeout: 15_000 }).toContain('岗位需求')
    // The next step opens at its top, its step row in sight (it stayed scrolled to where 基本信息 ended).
    await expect.poll(() => page.locator('.lf-steps__current >> visible=true').evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0)
    const titles = page.locator('input[name^="jobs."][name$=".title"]')
    await expect.poll(() => titles.count()).toBeGreaterThan(0)
    const n = await titles.count()
    await look(page, 'enterprise-2-jobs', problems)
    await tap(page, '添加岗位')
    await type(page, `jobs.${n}.title`, JOB_TITLE)
    await tap(field(page, '岗位类型'), '全职')
    await type(page, `jobs.${n}.headcount`, '3')
    await tap(field(page, '学历要求'), '大专/高职')
    await type(page, `jobs.${n}.minYearsExperience`, '0')
    await tap(field(page, '工作城市'), '淄博市')
    await type(page, `jobs.${n}.salaryMin`, '5500')
    await type(page, `jobs.${n}.salaryMax`, '8000')
    await type(page, `jobs.${n}.description`, '负责产线设备的日常点检、保养记录与简单故障处理。')
    await type(page, `jobs.${n}.majorCodes.search`, '机电一体化')
    await page.locator('.lf-major__item >> visible=true').first().tap()
    await tap(page, '添加技能点')
    await type(page, `jobs.${n}.skills.0.name`, '设备点检')
    await tap(field(page, '等级要求'), '初级')
    await look(page, 'enterprise-3-new-job', problems)
    await tap(page, '保存并下一步')
    await expect.poll(() => stepName(page), { timeout: 15_000 }).toContain('培训需求')
    // The seeded list was submitted before: its status describes that version, and says the form differs from it.
    await expect.poll(() => statusLine(page), { timeout: 15_000 }).toMatch(/^状态：(已通过|待审核) · 第\d+版 · 有未提交的修改$/)

    // The shift starts: the phone goes back to the home screen; later the contact comes back to the list.
    await page.goto(`${session.platform.url}/#/pages/home/index`)
    await page.goto(`${session.platform.url}/#/pkg-enterprise/demand-list/index`)
    await page.reload()
    // Back on the step it was left on (decision 068), with what was saved before it.
    await expect.poll(() => stepName(page), { timeout: 30_000 }).toContain('培训需求')
    await look(page, 'enterprise-4-back-later', problems)
    await jumpTo(page, '1. 基本信息')
    await expect.poll(() => page.locator('input[name="filledBy"]').inputValue(), { timeout: 30_000 }).toBe('王强')
    await jumpTo(page, '2. 岗位需求')
    await expect.poll(() => page.locator(`input[name="jobs.${n}.title"]`).inputValue()).toBe(JOB_TITLE)
    await jumpTo(page, '3. 培训需求')
    await look(page, 'enterprise-5-training', problems)
    await tap(page, '保存并下一步')
    await tap(field(page, '合作模式期望（可多选）'), '订单班')
    await look(page, 'enterprise-6-cooperation', problems)
    await tap(page, '保存并检查')
    await expect.poll(() => page.getByText('必填内容已齐全，可以提交').count(), { timeout: 15_000 }).toBe(1)
    await look(page, 'enterprise-7-check', problems)
    await tap(page, '提交审核')
    await expect.poll(() => page.getByText(`新增岗位1个：「${JOB_TITLE}」`, { exact: false }).count(), { timeout: 30_000 }).toBe(1)
    await screenshot(page, 'phone360-enterprise-8-confirm')
    await confirmModal(page, '提交')
    await expect.poll(async () => (await pageApi<{ list: { status: string } }>(page, '/api/demand-lists/mine')).list.status, { timeout: 30_000 }).toBe('submitted')
    await expect.poll(() => statusLine(page), { timeout: 30_000 }).toMatch(/^状态：待审核 · 第\d+版$/)
    await look(page, 'enterprise-9-submitted', problems)
    expect(problems).toEqual({})
  } finally {
    await context.close()
  }
}, 300_000)

// Seeded (prisma/src/seed/events.ts): the spring fair open for registration, with a talk in its agenda.
const SPRING = '2027年“职链齐鲁”春季校园双选会（智能制造专场）'

test('a student applies to a job and follows a fair on a 360-px phone', async () => {
  const { context, page } = await phone('demo_student')
  const problems: Record<string, unknown> = {}
  try {
    await page.goto(`${session.platform.url}/#/pages/jobs/index`)
    await page.locator('.job-card >> visible=true').first().waitFor({ timeout: 60_000 })
    await look(page, 'student-1-jobs', problems)
    await page.locator('.jobs-sticky input[name="q"]').fill('数控')
    await page.locator('.jobs-sticky .search-bar__btn').tap()
    await expect.poll(() => page.locator('.job-card >> visible=true').first().textContent(), { timeout: 30_000 }).toContain('数控')
    const mine = await pageApi<{ items: { job: { id: string } }[] }>(page, '/api/applications/mine?limit=100')
    const applied = new Set(mine.items.map((a) => a.job.id))
    const cards = page.locator('.job-card >> visible=true')
    const count = await cards.count()
    let opened = false
    for (let i = 0; i < count && !opened; i++) {
      const id = await cards.nth(i).getAttribute('data-id')
      if (id && applied.has(id)) continue
      await cards.nth(i).tap()
      opened = true
    }
    await page.getByText('岗位描述').locator('visible=true').first().waitFor({ timeout: 30_000 })
    await look(page, 'student-2-job', problems)
    await tap(page.locator('.bottom-bar >> visible=true'), '申请')
    const sheet = page.locator('.consent-sheet >> visible=true')
    await sheet.waitFor({ timeout: 15_000 })
    await look(page, 'student-3-consent', problems)
    // The decision is in sight as the sheet opens, not below ten fields and a note (decision 068).
    const send = await sheet.getByText('同意并投递', { exact: true }).boundingBox()
    expect(send && send.y >= 0 && send.y + send.height <= 780).toBe(true)
    // and the fields scroll behind the foot, not out below it.
    expect(await page.evaluate(() => !!document.elementFromPoint(180, 775)?.closest('.sheet__foot'))).toBe(true)
    await sheet.getByText('我已阅读并同意将上述信息提供给该企业').tap()
    await tap(sheet, '同意并投递')
    await page.getByText('已投递，查看我的投递').locator('visible=true').first().waitFor({ timeout: 30_000 })
    await look(page, 'student-4-applied', problems)
    await tap(page, '已投递，查看我的投递')
    await page.locator('.application-card >> visible=true').first().waitFor({ timeout: 30_000 })
    await look(page, 'student-5-applications', problems)

    await page.goto(`${session.platform.url}/#/pages/fairs/index`)
    await page.reload()
    await page.locator('.event-card >> visible=true').filter({ hasText: SPRING }).first().waitFor({ timeout: 30_000 })
    await look(page, 'student-6-fairs', problems)
    await page.locator('.event-card >> visible=true').filter({ hasText: SPRING }).first().tap()
    await page.getByText('参展单位与岗位').locator('visible=true').first().waitFor({ timeout: 30_000 })
    await look(page, 'student-7-fair', problems)
    await tap(page, '报名参加')
    await page.locator('.register-btn >> visible=true').filter({ hasText: '已报名' }).waitFor({ timeout: 15_000 })
    const talk = page.locator('.session-row[data-session="智能制造企业联合宣讲"] >> visible=true')
    await tap(talk, '加入日程')
    await talk.getByText('移出日程', { exact: true }).waitFor({ timeout: 15_000 })
    await page.locator('.subscribe-btn[data-ready="true"] >> visible=true').waitFor({ timeout: 30_000 })
    await tap(page, '订阅提醒')
    // The note under the button lay behind the fixed 报名参加 bar; the answer is in a toast, in sight (decision 073).
    // (Taro's .taro__toast holder has no box of its own; its fixed toast inside it has.)
    const toast = page.locator('.taro__toast').getByText('提醒会发送到「消息」', { exact: true }).locator('visible=true')
    await toast.waitFor({ timeout: 15_000 })
    const said = await toast.boundingBox()
    const bar = await page.locator('.bottom-bar >> visible=true').boundingBox()
    expect(said && bar && said.y >= 0 && said.y + said.height <= bar.y).toBe(true)
    await page.getByText(/提醒.*发送到「消息」/).locator('visible=true').first().waitFor({ timeout: 15_000 })
    await look(page, 'student-8-following', problems)
    await tap(page, '我的日程')
    await page.getByText('智能制造企业联合宣讲').locator('visible=true').first().waitFor({ timeout: 30_000 })
    await look(page, 'student-9-schedule', problems)
    expect(problems).toEqual({})
  } finally {
    await context.close()
  }
}, 300_000)
