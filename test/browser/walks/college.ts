/**
 * README "What you can do", the college's rows and the fair organiser's (管理后台 → 活动管理, which a college runs for
 * the fairs it organises), walked on the phone from a fresh seed as demo_college (淄博职业学院): 院校工作台 — 附件1
 * with its 服务产业链 chips and Excel, 企业需求匹配, 揭榜挂帅, 设备预约审批, 成员管理, 本单位成效 — then 活动管理:
 * create an event with an agenda session, cancel it, approve a booth with zone and number, the dashboard and its
 * .xlsx, and 现场签到's rotating venue code — and 注册新院校, a new college waiting for the administrator's review.
 */
import { usccCheckChar } from '@zhilian/shared'
import { expect } from 'vitest'
import { screenshot } from '../../lib/browser'
import type { Walker } from '../../lib/walk'

const COLLEGE = '淄博职业学院'
// Organised by 淄博职业学院 in the seed, three weeks ahead, with booths still waiting for approval.
const FAIR = '2026年“职链齐鲁”高端装备产业链专场双选会'
const NEW_EVENT = '智能制造产业链校企对接会（走查）'
/** Registered through 注册新院校 here; the province's administrator finds it in the review queue (./officials.ts). */
export const NEW_COLLEGE = '淄博先进材料职业学院（走查）'
// A 事业单位 code (12…) in 淄博 (370300) with its GB 32100 check character.
const NEW_COLLEGE_USCC = `12370300MB2026WAL${usccCheckChar('12370300MB2026WAL')}`

/** The college finishes its README row and organises a fair from 活动管理. */
export async function walkCollege(w: Walker) {
  const { page } = w
  const visible = (selector: string) => page.locator(`${selector} >> visible=true`)

  // ── 院校工作台: standing and every entry.
  await w.signIn('以院校身份体验')
  await w.open('/pages/me/index')
  await w.see('活动管理')
  await w.tap('院校工作台')
  await w.see(COLLEGE)
  for (const entry of ['院校供给清单（附件1）', '企业需求匹配', '揭榜挂帅', '设备预约审批', '注册新院校', '成员管理', '本单位成效', '项目台账']) await w.see(entry)
  await screenshot(page, 'walk-college-1-workbench')

  // ── 附件1: the steps, 服务产业链 chips prefilled from the chain–major map, the Excel template.
  await w.tap('院校供给清单（附件1）')
  await expect.poll(() => page.locator('input[name="filledBy"]').count(), { timeout: 30_000 }).toBe(1)
  // The last step, 提交前检查, carries the Excel template and upload.
  await page.locator('.lf-steps__current >> visible=true').click()
  await w.tap('提交前检查', page.locator('.lf-steps__menu'))
  await w.see('Excel 填报')
  await w.see('下载模板')
  await page.locator('.lf-steps__current >> visible=true').click()
  await w.tap('2. 专业与人才', page.locator('.lf-steps__menu'))
  const chips = page.locator('.lf-row').first().locator('.lf-field').filter({ has: page.getByText('服务产业链', { exact: true }) })
  await expect.poll(() => chips.locator('.lf-chip--on').count(), { timeout: 30_000 }).toBeGreaterThan(0)

  // ── 企业需求匹配: the enterprises its majors fit and the skill points its graduates lack.
  await w.open('/pkg-college/index')
  await w.tap('企业需求匹配')
  await w.see('需要本校专业的企业')
  await w.see(/：\d+ 个岗位，\d+ 人（最高匹配/)
  await w.see('毕业生欠缺的技能点（按需求人数）')

  // ── 揭榜挂帅: take a challenge with a proposal.
  await w.open('/pkg-college/index')
  await w.tap('揭榜挂帅')
  const offered = visible('.card').filter({ has: page.getByText('我要揭榜', { exact: true }) }).first()
  await offered.waitFor({ timeout: 30_000 })
  const challengeTitle = (await offered.locator('.college__h').textContent())!.trim()
  const challenge = visible('.card').filter({ has: page.locator('.college__h', { hasText: challengeTitle }) }).first()
  await w.tap('我要揭榜', challenge)
  await challenge.locator('textarea[name="proposal"]').fill('由数控技术专业教学团队牵头，联合企业工程师三个月内完成样机验证。')
  await w.tap('提交方案', challenge)
  await w.confirm('提交')
  await w.see('已提交揭榜方案，等待企业确认')

  // ── 设备预约审批: the seeded request, declined with a reason after a first tap without one.
  await w.open('/pkg-college/index')
  await w.tap('设备预约审批')
  const booking = visible('.booking-card').filter({ hasText: '小批量试产' }).first()
  await booking.waitFor({ timeout: 30_000 })
  await w.see('预约企业：淄博恒瑞精密机械有限公司')
  await w.tap('拒绝', booking)
  await w.tap('确认拒绝', booking)
  await w.see('请填写拒绝理由，企业将看到')
  await booking.locator('textarea[name="reason"]').fill('当天设备检修')
  await w.tap('确认拒绝', booking)
  await w.confirm('拒绝')
  await expect.poll(() => visible('.booking-card').filter({ hasText: '小批量试产' }).count(), { timeout: 15_000 }).toBe(0)

  // ── 活动管理: create an event with a session, then cancel it.
  await w.open('/pkg-organiser/events/index')
  await w.see(FAIR)
  await w.tap('创建活动')
  await page.locator('input[name="title"]').waitFor({ timeout: 30_000 })
  await page.locator('input[name="title"]').fill(NEW_EVENT)
  await page.locator('input[name="venue"]').fill('淄博职业学院学术报告厅')
  await w.tap('对接会')
  await w.tap('淄博市')
  await w.tap('高端装备')
  await w.tap('发布活动')
  await w.see('还没有议程')
  await page.locator('input[name="sessionTitle"]').fill('链主企业宣讲')
  await w.tap('添加议程')
  await w.see('链主企业宣讲')
  await w.tap('取消活动')
  await w.confirm('取消活动')
  await w.see('不能再修改')

  // Booths: approve one waiting, with zone and number; the dashboard and its .xlsx.
  await w.open('/pkg-organiser/events/index')
  const fair = visible('.organiser-event').filter({ hasText: FAIR }).first()
  await w.tap('展位与看板', fair)
  await w.see(/展位申请（待审核 [1-9]\d*）/)
  const waiting = visible('.booth-row').filter({ has: page.getByText('通过并分配展位', { exact: true }) }).first()
  await waiting.locator('input[name^="zone-"]').fill('C区')
  await waiting.locator('input[name^="number-"]').fill('C01')
  await w.tap('通过并分配展位', waiting)
  await w.see('C区 · C01 号展位')
  await w.see('数据看板')
  await w.see('各展位到访 / 投递')
  const download = page.waitForEvent('download', { timeout: 60_000 })
  await w.tap('导出 Excel')
  expect((await download).suggestedFilename()).toContain('数据看板.xlsx')
  await screenshot(page, 'walk-college-2-fair-manage')

  // 现场签到: scanning students' codes, or the venue's code, which this fair (weeks ahead) does not show yet: check-in
  // opens 2 hours before the start (decision 014). The rotating code itself is walked by fairs-flow.test.ts.
  await w.open('/pkg-organiser/events/index')
  await w.tap('现场签到', visible('.organiser-event').filter({ hasText: FAIR }).first())
  await w.see('扫学生码')
  await w.tap('现场签到码')
  await w.see('签到尚未开始：活动开始前2小时开放签到')

  // ── 注册新院校: a college's registration, its code checked as typed, waits for the platform's review (待审核).
  await w.open('/pkg-college/index')
  await w.tap('注册新院校')
  await page.locator('input[name="name"] >> visible=true').fill(NEW_COLLEGE)
  await page.locator('input[name="uscc"] >> visible=true').fill(NEW_COLLEGE_USCC.slice(0, 17))
  await w.see('统一社会信用代码应为18位')
  await page.locator('input[name="uscc"] >> visible=true').fill(NEW_COLLEGE_USCC)
  await w.see('统一社会信用代码校验通过')
  await w.tap('淄博市')
  await w.tap('先进材料')
  await page.locator('input[name="contactName"] >> visible=true').fill('赵敏')
  await page.locator('input[name="contactPhone"] >> visible=true').fill('13905331234')
  // Every field of the form stays inside its card (they once ran past its right edge) with room for a line of text.
  const form = visible('.card').filter({ has: page.locator('input[name="contactPhone"]') }).first()
  const cardRight = await form.evaluate((el) => el.getBoundingClientRect().right)
  const fields = await form.locator('.lf-field__input').evaluateAll((els) =>
    els.map((el) => {
      const s = getComputedStyle(el)
      const inner = el.clientHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom)
      return { right: el.getBoundingClientRect().right, lines: inner / parseFloat(s.fontSize) }
    }),
  )
  expect(Math.max(...fields.map((f) => f.right))).toBeLessThanOrEqual(cardRight)
  expect(Math.min(...fields.map((f) => f.lines))).toBeGreaterThanOrEqual(1)
  await w.tap('提交注册')
  await w.confirm('提交')
  await w.see('我的院校')
  await w.see(`${NEW_COLLEGE} · 待审核`)
  // The page scrolls back to that status card and empties the form, so a second registration starts clean.
  const card = page.getByText(`${NEW_COLLEGE} · 待审核`).locator('visible=true').first()
  await expect.poll(async () => { const box = await card.boundingBox(); return !!box && box.y >= 0 && box.y + box.height <= page.viewportSize()!.height }, { timeout: 10_000 }).toBe(true)
  expect(await page.locator('input[name="name"] >> visible=true').inputValue()).toBe('')
  await screenshot(page, 'walk-college-3-registered')
}
