/**
 * Decision 113 on a 360 × 640 touch phone with the system text at 1.5×: decision 108's walks with actions, as a
 * newcomer would do them — 附件2 saved half, left, submitted and approved, and what the public figures count before and
 * after; 附件1's course and equipment steps, the course in 培训 and the equipment booked; a student's one run from
 * sign-up to the fair's check-in (test/.artifacts/roles360-round13-*.png).
 */
import { expect, test } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { screenshot } from '../lib/browser'
import { phoneSession } from '../lib/phone-session'
import { bffAs, look, open as openAt, phone360, see, settled, tap } from '../lib/phone-360'

const session = phoneSession()
const open = (page: Page, route: string) => openAt(page, session.platform.url, route)
const phone = (username: string | null) => phone360(session, username, 640)
/** A phone session of `username` (null: signed out) through `walk`; whatever happens, its last screen is kept and it is closed. */
async function onPhone(username: string | null, walk: (page: Page) => Promise<void>) {
  const { context, page } = await phone(username)
  try {
    await walk(page)
  } finally {
    await screenshot(page, `round13-last-${Date.now()}`).catch(() => undefined)
    await context.close()
  }
}
const as = (username: string) => bffAs(session, username)

const type = (page: Page, name: string, value: string) => page.locator(`input[name="${name}"], textarea[name="${name}"]`).locator('visible=true').first().fill(value)
/** A field by its label, which reads 「…（选填）」 where the form lets it be left out, 「…（开放共享时必填）」 where another answer requires it. */
const field = (page: Page, label: string) =>
  page.locator('.lf-field').filter({ has: page.getByText(new RegExp(`^${label.replace(/[/()（）]/g, '\\$&')}(（[^）]+）)?$`)) }).locator('visible=true').last()
const chipIn = (page: Page, label: string, chip: string) => field(page, label).getByText(chip, { exact: true }).tap()
/** 服务产业链 shows the chain–major map's defaults already on: a newcomer taps the chain only when it is not. */
async function chainOn(page: Page, chain: string) {
  const chip = field(page, '服务产业链').locator('.lf-chip', { hasText: chain }).first()
  if (!(await chip.getAttribute('class'))?.includes('lf-chip--on')) await chip.tap()
  await expect.poll(() => chip.getAttribute('class')).toContain('lf-chip--on')
}
/** demo_admin approves `unit`'s list under `tab` of 审核队列 on the phone; `seen` runs on the queue before the tap. */
const approveOnPhone = (tab: string, unit: string, seen?: (page: Page) => Promise<void>) =>
  onPhone('demo_admin', async (page) => {
    await open(page, '/pkg-admin/review/index')
    await tap(page, tab)
    const card = page.locator('.review-item').locator('visible=true').filter({ hasText: unit })
    await expect.poll(() => card.count(), { timeout: 30_000 }).toBeGreaterThan(0)
    await seen?.(page)
    await card.first().getByText('通过', { exact: true }).tap()
    await confirm(page, '通过')
    await expect.poll(() => card.count(), { timeout: 30_000 }).toBe(0)
  })
const step = (page: Page) => page.locator('.lf-steps__name').locator('visible=true').first().textContent()
async function jumpTo(page: Page, label: string) {
  await page.locator('.lf-steps__current').locator('visible=true').first().tap()
  await page.locator('.lf-steps__menu').getByText(label, { exact: true }).tap()
  await expect.poll(() => step(page), { timeout: 30_000 }).toContain(label.replace(/^\d\. /, ''))
}
/** Taps a modal's button (Taro's H5 showModal). */
const confirm = (page: Page, button: string) => page.locator('.taro-modal__foot, .taro-modal__footer, [class*="modal"]').getByText(button, { exact: true }).last().tap()

// ── Walk 1: 附件2 half-filled, left, submitted, approved; what the public figures count.

type Talent = { talent: { demand: number; jobs: number } }
type Figures = { jobs: number; chains: Record<string, [number, number]>; cities: Record<string, number>; report: [number, number] }
const YEAR = new Date().getFullYear()
const pair = (f: Talent): [number, number] => [f.talent.demand, f.talent.jobs]

/** What the public pages read for this year: the job in 岗位, head-count and jobs per chain (产业链分析), per city (the map), the report's province row. */
async function figures(admin: Awaited<ReturnType<typeof as>>, title: string): Promise<Figures> {
  const jobs = (await admin<{ items: { title: string }[] }>('GET', `/api/jobs?q=${encodeURIComponent(title)}`)).json.items.filter((j) => j.title === title).length
  const chainRows = (await admin<{ items: (Talent & { chainId: string })[] }>('GET', `/api/analytics/chains?year=${YEAR}`)).json.items
  const map = (await admin<{ cities: { adcode: string; demand: number }[] }>('GET', `/api/map?year=${YEAR}`)).json.cities
  const report = (await admin<{ province: Talent }>('GET', `/api/reports/${YEAR}`)).json
  return {
    jobs,
    chains: Object.fromEntries(chainRows.map((r) => [r.chainId, pair(r)])),
    cities: Object.fromEntries(map.map((c) => [c.adcode, c.demand])),
    report: pair(report.province),
  }
}

test('附件2 saved half, left, finished and submitted counts nowhere until approved, then by exactly its head-count', async () => {
  const TITLE = '数控设备装调工（走查十三）'
  const admin = await as('demo_admin')
  const before = await figures(admin, TITLE)
  const problems: Record<string, unknown> = {}
  await onPhone('demo_enterprise', async (page) => {
    await open(page, '/pkg-enterprise/demand-list/index')
    await expect.poll(() => step(page), { timeout: 60_000 }).toContain('基本信息')
    await look(page, 'round13-demand-basic', problems)
    await jumpTo(page, '2. 岗位需求')
    const titles = page.locator('input[name^="jobs."][name$=".title"]')
    await expect.poll(() => titles.count(), { timeout: 30_000 }).toBeGreaterThan(0)
    const n = await titles.count()
    await tap(page, '添加岗位')
    await type(page, `jobs.${n}.title`, TITLE)
    await chipIn(page, '岗位类型', '全职')
    await type(page, `jobs.${n}.headcount`, '7')
    await chipIn(page, '学历要求', '大专/高职')
    await type(page, `jobs.${n}.minYearsExperience`, '0')
    await chipIn(page, '工作城市', '淄博市')
    await type(page, `jobs.${n}.salaryMin`, '5500')
    await type(page, `jobs.${n}.salaryMax`, '8000')
    await type(page, `jobs.${n}.description`, '负责数控机床的安装、调试与日常维护。')
    // Half done: the draft is saved, the rest left for later.
    await tap(page, '保存草稿')
    await settled(page)
    await look(page, 'round13-demand-draft-saved', problems)
  })
  // A draft counts nowhere.
  expect(await figures(admin, TITLE)).toEqual(before)

  // Back the next day: a new session on the phone (nothing in memory), the draft where it was left.
  await onPhone('demo_enterprise', async (p) => {
    await open(p, '/pkg-enterprise/demand-list/index')
    await expect.poll(() => step(p), { timeout: 60_000 }).toBeTruthy()
    await jumpTo(p, '2. 岗位需求')
    const row = p.locator('input[name^="jobs."][name$=".title"]')
    const values = () => row.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value))
    await expect.poll(async () => (await values()).includes(TITLE), { timeout: 30_000 }).toBe(true)
    // What was left: the job's skill point. 相关专业代码 stays empty, as the form allows (可不填).
    const n = (await values()).indexOf(TITLE)
    await tap(p, '添加技能点')
    await type(p, `jobs.${n}.skills.0.name`, '数控机床装调')
    await chipIn(p, '等级要求', '中级')
    await tap(p, '保存并下一步')
    await expect.poll(() => step(p), { timeout: 30_000 }).toContain('培训需求')
    await tap(p, '保存并下一步')
    await expect.poll(() => step(p), { timeout: 30_000 }).toContain('技术攻关')
    await tap(p, '保存并检查')
    await see(p, '必填内容已齐全，可以提交')
    await tap(p, '提交审核')
    await see(p, new RegExp(`新增岗位1个：「${TITLE}」`))
    // Before: 「在「我的岗位」中发布的0个岗位不受影响。」 for an enterprise that published none there.
    expect(await p.getByText(/发布的0个岗位/).count()).toBe(0)
    await look(p, 'round13-demand-plan', problems)
    await confirm(p, '提交')
    await see(p, /已提交，等待平台审核/)
  })
  // Submitted, not approved: still nowhere.
  expect(await figures(admin, TITLE)).toEqual(before)

  // The administrator approves on the phone.
  await approveOnPhone('需求清单', '淄博恒瑞精密机械有限公司', (page) => look(page, 'round13-review-demand', problems))
  const after = await figures(admin, TITLE)
  expect(after.jobs).toBe(1)
  // Exactly what was submitted: one job of 7 in the enterprise's chain, in 淄博, and in the province's row.
  const changed = Object.keys(after.chains).filter((k) => JSON.stringify(after.chains[k]) !== JSON.stringify(before.chains[k]))
  expect(changed).toHaveLength(1)
  const [chain] = changed as [string]
  expect([after.chains[chain]![0] - before.chains[chain]![0], after.chains[chain]![1] - before.chains[chain]![1]]).toEqual([7, 1])
  expect(Object.keys(after.cities).filter((k) => after.cities[k] !== before.cities[k])).toEqual(['370300'])
  expect(after.cities['370300']! - before.cities['370300']!).toBe(7)
  expect([after.report[0] - before.report[0], after.report[1] - before.report[1]]).toEqual([7, 1])
  expect(problems).toEqual({})
}, 300_000)

// ── Walk 2: 附件1's course and equipment, approved; a student enrols, an enterprise books, the college sees it.

/** Taps 加载更多 until `card` is on the list (or the list ends). */
async function findCard(page: Page, card: Locator) {
  for (let i = 0; i < 20 && (await card.count()) === 0; i++) {
    const more = page.getByText('上拉或点此加载更多', { exact: true }).locator('visible=true')
    if ((await more.count()) === 0) { await page.waitForTimeout(500); continue }
    await more.first().tap()
    await settled(page)
  }
  await expect.poll(() => card.count(), { timeout: 30_000 }).toBeGreaterThan(0)
}

test('附件1’s new course and open equipment, once approved, are enrolled in by a student and booked by an enterprise, and the college sees the booking', async () => {
  const COURSE = '数控车床操作与编程短训班（走查十三）'
  const DEVICE = '五轴联动加工中心（走查十三）'
  const student = await as('demo_student')
  const enterprise = await as('demo_enterprise')
  /** Every page of a cursor-paged list. */
  const all = async <T,>(get: Awaited<ReturnType<typeof as>>, path: string): Promise<T[]> => {
    const items: T[] = []
    for (let cursor: string | null | undefined = undefined, i = 0; i === 0 || (cursor && i < 50); i++) {
      const page: { items: T[]; nextCursor?: string | null } = (await get<{ items: T[]; nextCursor?: string | null }>('GET', `${path}?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).json
      items.push(...page.items)
      cursor = page.nextCursor
    }
    return items
  }
  const onMenu = async () => (await all<{ title: string }>(student, '/api/trainings')).some((x) => x.title === COURSE)
  const bookable = async () => (await all<{ name: string }>(enterprise, '/api/equipment/open')).some((x) => x.name === DEVICE)
  const problems: Record<string, unknown> = {}
  await onPhone('demo_college', async (page) => {
    await open(page, '/pkg-college/supply-list/index')
    await expect.poll(() => step(page), { timeout: 60_000 }).toBeTruthy()
    await jumpTo(page, '3. 设备与共享')
    const n = await page.locator('input[name^="equipment."][name$=".name"]').count()
    await tap(page, '添加设备')
    await type(page, `equipment.${n}.name`, DEVICE)
    await type(page, `equipment.${n}.quantity`, '2')
    await type(page, `equipment.${n}.coreFunction`, '复杂曲面零件的五轴联动加工与试切')
    await chipIn(page, '是否开放共享', '是')
    await type(page, `equipment.${n}.openHours`, '工作日 8:30-17:00')
    await chipIn(page, '有偿/无偿', '无偿')
    await chainOn(page, '高端装备')
    await look(page, 'round13-supply-equipment', problems)
    await tap(page, '保存并下一步')
    await expect.poll(() => step(page), { timeout: 30_000 }).toContain('科研与服务')
    const m = await page.locator('input[name^="trainingCourses."][name$=".title"]').count()
    await tap(page, '添加课程')
    await type(page, `trainingCourses.${m}.title`, COURSE)
    await type(page, `trainingCourses.${m}.content`, '数控车床基本操作、G代码编程与零件试切，结业发放培训证明。')
    await chipIn(page, '培训方式', '线下')
    await type(page, `trainingCourses.${m}.hours`, '40')
    await type(page, `trainingCourses.${m}.yearlyCapacity`, '60')
    await type(page, `trainingCourses.${m}.seatsPerSession`, '30')
    await type(page, `trainingCourses.${m}.startDate`, `${YEAR + 1}-03-01`)
    await chainOn(page, '高端装备')
    await look(page, 'round13-supply-course', problems)
    await tap(page, '保存并检查')
    await see(page, '必填内容已齐全，可以提交')
    await tap(page, '提交审核')
    await confirm(page, '提交')
    await see(page, /已提交，等待平台审核/)
  })
  // In review: neither is offered yet.
  expect(await onMenu()).toBe(false)
  expect(await bookable()).toBe(false)

  await approveOnPhone('供给清单', '淄博职业学院')
  expect(await onMenu()).toBe(true)
  expect(await bookable()).toBe(true)

  // The student finds the course in 培训 by its chain and enrols.
  await onPhone('demo_student', async (page) => {
    await open(page, '/pages/training/index')
    await page.locator('.dropdowns__tab', { hasText: '产业链' }).tap()
    await page.locator('.dropdowns__panel .chain-chip', { hasText: '高端装备' }).first().tap()
    const course = page.locator('.course-card').locator('visible=true').filter({ hasText: COURSE })
    await findCard(page, course)
    await course.first().scrollIntoViewIfNeeded()
    await look(page, 'round13-training-found', problems)
    await course.first().getByText('报名', { exact: true }).tap()
    await confirm(page, '报名')
    await expect.poll(() => course.first().getByText('已报名', { exact: true }).count(), { timeout: 30_000 }).toBe(1)
  })

  // The enterprise books the equipment.
  await onPhone('demo_enterprise', async (page) => {
    await open(page, '/pkg-enterprise/equipment/index')
    const device = page.locator('.equipment-card').locator('visible=true').filter({ hasText: DEVICE })
    await findCard(page, device)
    await device.first().scrollIntoViewIfNeeded()
    await device.first().getByText('预约', { exact: true }).tap()
    await see(page, `预约：${DEVICE}`)
    await page.locator('textarea[name="purpose"]').locator('visible=true').fill('新产品叶轮样件试切')
    await screenshot(page, 'roles360-round13-booking-sheet')
    await tap(page, '提交预约')
    await see(page, /已提交预约/)
  })

  // The college sees it in 设备预约审批.
  await onPhone('demo_college', async (page) => {
    await open(page, '/pkg-college/equipment-bookings/index')
    const booking = page.locator('.booking-card').locator('visible=true').filter({ hasText: DEVICE })
    await expect.poll(() => booking.count(), { timeout: 30_000 }).toBeGreaterThan(0)
    await expect.poll(() => booking.first().textContent()).toContain('新产品叶轮样件试切')
    await look(page, 'round13-college-bookings', problems)
  })
  expect(problems).toEqual({})
}, 300_000)

// ── Walk 3: a student's one run, from sign-up to the fair's check-in.

/** Published by the organiser for this afternoon (check-in opens 2 hours before the start, decision 014): the seeded fair under way closed its registration the day before it began. */
const TODAY = '淄博市高端装备小型双选会（走查十三）'

test('a student signs up, fills the résumé, applies with consent, registers for this afternoon’s fair and checks in with the venue code', async () => {
  const problems: Record<string, unknown> = {}
  const username = `xiaoli_${Date.now() % 1e6}`
  const organiser = await as('demo_admin')
  const hour = 3_600_000
  const made = await organiser<{ id: string }>('POST', '/api/events', {
    kind: 'job_fair', format: 'onsite', title: TODAY, cityCode: '370300', venue: '淄博职业学院体育馆', chainIds: ['SD-C02'],
    startsAt: new Date(Date.now() + hour).toISOString(), endsAt: new Date(Date.now() + 5 * hour).toISOString(),
  })
  expect(made.status).toBe(201)
  const chip = (within: Locator, text: string) => within.locator('.chain-chip', { hasText: text }).first()
  await onPhone(null, async (page) => {
    await open(page, '/pages/home/index')
    await tap(page, '登录 / 注册')
    await page.locator('.login__signup-btn').tap({ timeout: 30_000 })
    const form = page.locator('.signup')
    await form.locator('input[name="username"]').waitFor({ timeout: 30_000 })
    await form.locator('input[name="username"]').fill(username)
    await form.locator('input[name="password"]').fill('Qilu2026go')
    await form.locator('input[name="confirm"]').fill('Qilu2026go')
    await form.locator('input[name="realName"]').fill('李小丽')
    await form.locator('input[name="collegeQ"]').fill('淄博职业学院')
    await form.locator('.search-bar:has(input[name="collegeQ"]) .search-bar__btn').tap()
    await chip(form, '淄博职业学院（淄博市）').tap({ timeout: 30_000 })
    await form.getByText('我已阅读并同意').tap()
    await look(page, 'round13-signup', problems)
    await form.getByText('注册并登录', { exact: true }).tap()
    await see(page, '请保存你的账号恢复码')
    await page.locator('.recovery-codes__done').tap()

    const resume = page.locator('.profile-form')
    await resume.locator('input[name="phone"]').waitFor({ timeout: 60_000 })
    await resume.locator('input[name="phone"]').fill('13900005678')
    await resume.locator('input[name="majorQ"]').fill('数控技术')
    await resume.locator('.search-bar:has(input[name="majorQ"]) .search-bar__btn').tap()
    await chip(resume, '数控技术（高职专科）').tap({ timeout: 30_000 })
    await chip(resume, '3年级').tap()
    await chip(resume, '大专/高职').tap()
    await resume.locator('input[name="skill"]').fill('数控编程')
    await resume.locator('.search-bar:has(input[name="skill"]) .search-bar__btn').tap()
    await chip(resume, '济南市').tap()
    await look(page, 'round13-resume', problems)
    await resume.getByText('保存简历', { exact: true }).tap()
    await expect.poll(() => page.getByText('投递前必填', { exact: false }).count(), { timeout: 30_000 }).toBe(0)

    await open(page, '/pages/jobs/index')
    const card = page.locator('.job-card').locator('visible=true').first()
    await card.waitFor({ timeout: 60_000 })
    await card.tap()
    await see(page, '岗位描述')
    await page.locator('.bottom-bar').locator('visible=true').getByText('申请', { exact: true }).tap()
    const sheet = page.locator('.consent-sheet').locator('visible=true')
    await sheet.waitFor({ timeout: 15_000 })
    // The sheet covers the job's page by design: a screenshot, not `look`'s overlap check.
    await screenshot(page, 'roles360-round13-consent')
    await sheet.getByText('我已阅读并同意将上述信息提供给该企业').tap()
    await sheet.getByText('同意并投递', { exact: true }).tap()
    await see(page, '已投递，查看我的投递')

    // This afternoon's fair, from the 双选会 tab.
    await open(page, '/pages/fairs/index')
    const fair = page.locator('.event-card').locator('visible=true').filter({ hasText: TODAY })
    await fair.first().waitFor({ timeout: 30_000 })
    await fair.first().tap()
    await see(page, '淄博职业学院体育馆')
    const eventId = new URL(page.url().replace('/#/', '/')).searchParams.get('id')!
    await page.locator('.register-btn').locator('visible=true').filter({ hasText: '报名参加' }).tap()
    await page.locator('.register-btn').locator('visible=true').filter({ hasText: '已报名' }).waitFor({ timeout: 15_000 })
    await look(page, 'round13-fair-registered', problems)

    // On the day: the venue's screen shows this minute's code (read from the organiser's page's source).
    const code = (await organiser<{ code: string }>('GET', `/api/events/${eventId}/venue-code`)).json.code
    expect(code).toMatch(/^\d{6}$/)
    await open(page, `/pages/events/checkin?id=${eventId}`)
    await see(page, '输入现场签到码')
    await page.locator('input[name="venue-code"]').locator('visible=true').fill(code)
    await page.locator('.venue-submit').locator('visible=true').tap()
    await page.locator('.checkin-done').locator('visible=true').filter({ hasText: '签到成功' }).waitFor({ timeout: 15_000 })
    await look(page, 'round13-checked-in', problems)
  })
  expect(problems).toEqual({})
}, 300_000)
