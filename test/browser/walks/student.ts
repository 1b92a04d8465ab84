/**
 * README "What you can do", the student's rows, walked on the phone from a fresh seed (H5 build, real BFF in demo
 * mode): 首页 as a visitor and signed in, the 岗位 tab, job detail → 申请, 我的, the 培训 tab, the 双选会 tab, and
 * 我的日程 / 活动当天 / 签到. Each step asserts the Chinese text the row promises, not only that a page opened.
 */
import { expect } from 'vitest'
import { screenshot } from '../../lib/browser'
import type { Walker } from '../../lib/walk'

// Seeded (prisma/src/seed/events.ts): the spring fair open for registration with interview slots at its booths.
const SPRING = '2027年“职链齐鲁”春季校园双选会（智能制造专场）'
const ENTERPRISE = '淄博恒瑞精密机械有限公司'
// Seeded under way whenever the seed ran, the demo student registered.
const LIVE = '山东省职业院校毕业生就业双选周（济南站）'

/** A visitor, then the demo student, finishes every student row of the README. */
export async function walkStudent(w: Walker) {
  const { page } = w
  const visibleCards = (selector: string) => page.locator(`${selector} >> visible=true`)

  await w.signOut()
  // ── 首页 as a visitor: search bar, 登录 / 以学生身份体验, 最新岗位, 近期双选会, then the province and its chains.
  await w.open('/pages/home/index')
  await w.see('以学生身份体验', 90_000)
  await w.see('登录 / 注册')
  await w.see('最新岗位')
  await w.see('近期双选会')
  await w.see('按产业链找岗位')
  await w.see('标志性产业链')
  // The home search's keyword opens the 岗位 tab with it.
  await page.locator('input[name="homeQ"]').fill('数控')
  await page.locator('.home__search .search-bar__btn').click()
  await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('/pages/jobs/index')
  await expect.poll(() => visibleCards('.job-card').first().locator('.job-card__title').textContent(), { timeout: 30_000 }).toContain('数控')

  // ── 以学生身份体验 on the home page signs in as the demo student: 为你推荐 with the reasons each job was picked.
  await w.open('/pages/home/index')
  await w.tap('以学生身份体验')
  await w.see('为你推荐')
  await w.see(/推荐理由：/)
  expect(await visibleCards('.for-you .job-card').count()).toBe(5)
  await screenshot(page, 'walk-student-1-home')

  // ── 岗位: search by enterprise name; a dropdown filter names its choice; the next page loads on scroll.
  await w.open('/pages/jobs/index')
  await visibleCards('.job-card').first().waitFor({ timeout: 30_000 })
  await page.locator('.jobs-sticky input[name="q"]').fill('恒瑞精密')
  await page.locator('.jobs-sticky .search-bar__btn').click()
  await expect.poll(async () => {
    const names = await visibleCards('.job-card').allTextContents()
    return names.length > 0 && names.every((t) => t.includes(ENTERPRISE))
  }, { timeout: 30_000 }).toBe(true)
  await page.locator('.jobs-sticky input[name="q"]').fill('')
  await page.locator('.jobs-sticky .search-bar__btn').click()
  await page.locator('.dropdowns__tab', { hasText: '城市' }).click()
  await page.locator('.dropdowns__panel .chain-chip', { hasText: '济南市' }).click()
  await expect.poll(() => page.locator('.dropdowns__tab', { hasText: '济南市' }).count()).toBe(1)
  await expect.poll(async () => (await visibleCards('.job-card').allTextContents()).every((t) => t.includes('济南')), { timeout: 30_000 }).toBe(true)
  const firstPage = await visibleCards('.job-card').count()
  await visibleCards('.job-card').last().scrollIntoViewIfNeeded()
  await w.tap('上拉或点此加载更多')
  await expect.poll(() => visibleCards('.job-card').count(), { timeout: 30_000 }).toBeGreaterThan(firstPage)

  // ── Job detail → 申请: the consent sheet names the enterprise and the fields; applying twice is not offered.
  await w.open('/pages/jobs/index')
  await page.locator('.jobs-sticky input[name="q"]').fill('恒瑞精密')
  await page.locator('.jobs-sticky .search-bar__btn').click()
  const mine = await w.api<{ items: { job: { id: string } }[] }>('/api/applications/mine?limit=100')
  const applied = new Set(mine.items.map((a) => a.job.id))
  const jobs = await w.api<{ items: { id: string; title: string }[] }>(`/api/jobs?q=${encodeURIComponent('恒瑞精密')}&limit=50`)
  const job = jobs.items.find((j) => !applied.has(j.id))!
  await w.open(`/pages/job-detail/index?id=${job.id}`)
  await w.see('岗位描述')
  await w.tap('申请', page.locator('.bottom-bar'))
  const sheet = page.locator('.consent-sheet')
  await sheet.waitFor({ timeout: 15_000 })
  await expect.poll(() => sheet.getByText(`接收方：${ENTERPRISE}`).count()).toBeGreaterThan(0)
  await sheet.getByText('我已阅读并同意将上述信息提供给该企业').click()
  await sheet.getByText('同意并投递', { exact: true }).click()
  await w.see('已投递，查看我的投递')
  // Coming back to the job later: 已投递 at once, 申请 is not offered again.
  await w.open(`/pages/job-detail/index?id=${job.id}`)
  await w.see('已投递，查看我的投递')
  expect(await page.locator('.bottom-bar').getByText('申请', { exact: true }).count()).toBe(0)

  // ── 我的: résumé with completeness and the verified college, 我的投递 with timeline and 撤回, 我的培训, 我的日程,
  // 消息, the 个性化推荐 switch, export, and 注销账号 (opened and cancelled: its 取消 is on screen above the tab bar).
  await w.open('/pages/me/index')
  await w.see(/简历完整度 \d+%/)
  await w.see('就读院校：淄博职业学院')
  await w.see('个性化推荐')
  await w.see('消息')
  await w.see('我的日程')
  await screenshot(page, 'walk-student-2-me')
  const download = page.waitForEvent('download', { timeout: 30_000 })
  await w.tap('导出我的数据')
  expect((await download).suggestedFilename()).toMatch(/^职链齐鲁-我的数据-\d{4}-\d{2}-\d{2}\.json$/)
  await w.tap('注销账号')
  const cancel = page.locator('.sheet').getByText('取消', { exact: true })
  await cancel.waitFor({ timeout: 15_000 })
  const tabbarTop = await page.locator('.weui-tabbar').first().evaluate((el) => el.getBoundingClientRect().top)
  expect((await cancel.boundingBox())!.y + (await cancel.boundingBox())!.height).toBeLessThanOrEqual(tabbarTop)
  await cancel.click()
  await page.locator('.sheet').waitFor({ state: 'detached', timeout: 15_000 })
  // Personalisation off: the feed says so and drops its reasons.
  await page.locator('.student-corner .weui-switch, .student-corner [role="switch"], .student-corner input[type="checkbox"]').first().click()
  await w.confirm('关闭')
  await expect.poll(async () => (await w.api<{ personalisationOff: boolean }>('/api/profile')).personalisationOff, { timeout: 15_000 }).toBe(true)
  await w.open('/pages/home/index')
  await w.see('最新岗位')
  await w.open('/pages/me/index')
  await page.locator('.student-corner .weui-switch, .student-corner [role="switch"], .student-corner input[type="checkbox"]').first().click()
  await expect.poll(async () => (await w.api<{ personalisationOff: boolean }>('/api/profile')).personalisationOff, { timeout: 15_000 }).toBe(false)

  await w.open('/pages/applications/index')
  const card = page.locator('.application-card').filter({ hasText: job.title }).first()
  await card.waitFor({ timeout: 30_000 })
  await expect.poll(() => card.locator('.application-status').textContent()).toBe('已投递')
  await w.tap('撤回投递', card)
  await w.confirm('撤回')
  await expect.poll(() => card.locator('.application-status').textContent(), { timeout: 15_000 }).toBe('已撤回')

  // ── 培训: seats left, enrolment takes a seat at once, 为你推荐 with reasons; 我的培训 lists it.
  await w.open('/pages/training/index')
  await w.see('为你推荐')
  await w.see(/剩余名额 \d+\/\d+/)
  const offered = page.locator('.course-card >> visible=true').filter({ has: page.getByText('报名', { exact: true }) }).first()
  const title = (await offered.locator('.job-card__title').textContent())!.trim()
  const course = page.locator('.course-card >> visible=true').filter({ has: page.locator('.job-card__title', { hasText: title }) }).first()
  const seats = Number(/剩余名额 (\d+)/.exec((await course.textContent())!)![1])
  await w.tap('报名', course)
  await w.confirm('报名')
  await expect.poll(() => course.textContent(), { timeout: 15_000 }).toContain(`剩余名额 ${seats - 1}/`)
  await expect.poll(() => course.textContent()).toContain('已报名')
  await w.open('/pages/my-enrolments/index')
  await w.see(title)
  await w.see(/\d{4}-\d{2}-\d{2}报名/)

  // ── 双选会: kinds and 空中双选会; a fair's agenda → 加入日程, booths with their jobs, 预约面试, 报名, 订阅提醒.
  await w.open('/pages/fairs/index')
  await w.see(SPRING)
  // Online and hybrid events are marked (the seed has no online job fair, which would read 空中双选会).
  await w.see(/线上/)
  await page.locator('.event-card >> visible=true').filter({ hasText: SPRING }).click()
  await w.see('参展单位与岗位')
  await w.tap('报名参加')
  await page.locator('.register-btn').filter({ hasText: '已报名' }).waitFor({ timeout: 15_000 })
  const talk = page.locator('.session-row[data-session="智能制造企业联合宣讲"]')
  await talk.getByText('加入日程', { exact: true }).click()
  await talk.getByText('移出日程', { exact: true }).waitFor({ timeout: 15_000 })
  // 预约面试: a booth's interview slot, after a confirmation naming the time and booth.
  await w.tap('预约面试')
  await w.confirm('预约')
  await w.see('已预约')
  // 订阅提醒: H5 has no WeChat subscribe messages, so the page says reminders arrive in 消息.
  await page.locator('.subscribe-btn[data-ready="true"]').waitFor({ timeout: 30_000 })
  await w.tap('订阅提醒')
  await w.see(/提醒.*发送到「消息」/)
  await screenshot(page, 'walk-student-3-fair')

  // ── 我的日程: the session and the interview slot just planned, across fairs.
  await w.tap('我的日程')
  await w.see('智能制造企业联合宣讲')
  await w.see('取消预约')

  // ── 活动当天 and 签到 at the fair under way today, which the seed registered the student for.
  await w.open('/pages/fairs/index')
  await page.locator('.event-card >> visible=true').filter({ hasText: LIVE }).click()
  await w.see('参展单位与岗位')
  await w.tap('活动当天')
  for (const part of ['正在进行', '即将开始', '展位图', '我在本场投递的岗位']) await w.see(part)
  await w.see('入场签到')
  await w.tap('入场签到')
  await w.see('请向工作人员出示签到码')
  await w.see(/\d+秒后自动刷新/)
  await w.see('输入现场签到码')

  // ── 消息: the seeded notices (an interview invitation among them).
  await w.open('/pages/inbox/index')
  await w.see('面试邀请')
  await w.see(/条未读/)
}
