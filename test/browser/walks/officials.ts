/**
 * README "What you can do", the administrators' rows, walked on the phone from a fresh seed: the province's
 * super-admin (demo_admin) through 管理后台 — membership verification, the review queue with its fraud signals and
 * the college registered in the college's walk (approved), 单位设置's 免审发布 switch, the audit log as sentences,
 * the map, chain analytics, the fit monitor, the yearly report and its .xlsx, 成效排名, 匹配解释, 产业链管理 — and,
 * as their own walks, a city bureau (demo_zibo_edu, 淄博市教育局)
 * and a province department (demo_industry), each seeing its scope at the top and only its side of the queue.
 */
import { expect } from 'vitest'
import { screenshot } from '../../lib/browser'
import type { Walker } from '../../lib/walk'
import { NEW_COLLEGE } from './college'

/** The province's super-admin finishes the administrator's README rows. */
export async function walkProvince(w: Walker) {
  const { page } = w
  const visible = (selector: string) => page.locator(`${selector} >> visible=true`)
  // A chart is drawn when its canvas holds painted pixels (ECharts paints nothing until it has data).
  const drawn = (label: string) =>
    page.getByLabel(label, { exact: true }).locator('visible=true').locator('canvas').first().evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data
      return !!data && data.some((v, i) => i % 4 === 3 && v > 0)
    }).catch(() => false)

  // ── 管理后台: every entry, and membership verification.
  await w.signIn('以管理员身份体验')
  await w.open('/pages/me/index')
  for (const entry of ['管理后台', '匹配解释', '活动管理']) await w.see(entry)
  await w.tap('管理后台')
  for (const entry of ['审核队列', '操作日志', '项目台账', '成效排名', '产业链管理', '数字地图', '产业链分析', '专业产业适配监测', '年度供需报告']) await w.see(entry)
  await w.see('成员认证申请')
  await screenshot(page, 'walk-officials-1-admin')

  // ── 审核队列 with fraud signals: the bad USCC, the shared phone, the 招转培 wording; names, not codes.
  await w.tap('审核队列')
  await w.see('统一社会信用代码未通过校验')
  await w.see(/联系电话与\d+家其他单位相同/)
  await w.see(/类型：企业/)
  // The college that registered through 注册新院校 (walkCollege) waits here, as names; approving it verifies it.
  const registered = visible('.review-item').filter({ hasText: NEW_COLLEGE }).first()
  await expect.poll(() => registered.textContent(), { timeout: 30_000 }).toContain('类型：院校')
  expect(await registered.textContent()).toContain('城市：淄博市')
  await w.tap('通过', registered)
  await w.confirm('通过')
  await expect.poll(() => visible('.review-item').filter({ hasText: NEW_COLLEGE }).count(), { timeout: 15_000 }).toBe(0)
  await w.tap('岗位')
  await w.see(/疑似以招聘名义收费或招转培/)
  const held = visible('.review-item').filter({ hasText: '招转培' }).first()
  // ── 单位设置: the 免审发布 switch needs a reason and is audited.
  await held.locator('.review-item__org').click()
  await w.see('免审发布岗位')
  await page.locator('.trusted-switch >> visible=true').click()
  await page.locator('input[name="reason"] >> visible=true').fill('长期合作的规上企业，近一年无违规')
  await w.tap('确认设为免审发布')
  await expect.poll(() => page.locator('.trusted-switch input >> visible=true').isChecked().catch(() => null), { timeout: 15_000 }).not.toBe(false)

  // ── 操作日志: Chinese sentences, the switch just made among them.
  await w.open('/pkg-admin/audit/index')
  await w.see(/免审发布/)
  // One unit's log opens from its name on an entry, never from a typed id (decision 065).
  await w.see('点记录下方的单位名称，只看该单位的操作')
  await page.locator('.review-item__org >> visible=true').first().click()
  await w.see(/^只看：/)
  await w.tap('查看全部单位')

  // ── 数字地图: the 16 cities; the 培训 selector recolours them by training seats against needs; a city's detail.
  await w.open('/pkg-province/map/index')
  await w.see('产业链供需数字地图')
  await expect.poll(() => page.locator('[data-adcode] >> visible=true').count(), { timeout: 30_000 }).toBe(16)
  const pairs = page.getByLabel('供需类别').locator('visible=true')
  await pairs.getByText('培训', { exact: true }).click()
  await w.see('社会培训服务 / 培训需求：格内数字为年培训容量 ÷ 年培训需求')
  await pairs.getByText('设备与研发', { exact: true }).click()
  await w.see('设备与研发能力 / 协同创新需求：格内数字为开放设备与科研项目 ÷ 技术难题与资源需求')
  await pairs.getByText('人才', { exact: true }).click()
  await w.see('技能人才供给 / 岗位需求：格内数字为预计进入企业的毕业生 ÷ 企业岗位需求')
  await page.locator('[data-adcode="370300"] >> visible=true').click()
  await w.see(/^淄博市$/)
  await w.see(/^院校（[1-9]\d*）$/)
  await w.see('专业供需缺口')
  await w.see('最佳匹配')
  await screenshot(page, 'walk-officials-2-map')

  // ── 产业链分析: every chain as a drawn chart, one chain's sentences and charts — the report's own sentences.
  await w.open('/pkg-province/analytics/index')
  await w.see('产业链供需分析')
  await w.see('点选产业链查看详情')
  await expect.poll(() => drawn('各产业链人才供需柱状图'), { timeout: 30_000 }).toBe(true)
  await w.tap('新一代信息技术')
  await w.see(/^新一代信息技术（\d{4}年）$/)
  await w.see(/^培训：\d+ 门课程年培训容量/)
  await w.see(/^设备与研发：开放共享设备 \d+ 项/)
  await expect.poll(() => drawn('按专业供需柱状图'), { timeout: 30_000 }).toBe(true)
  await expect.poll(() => drawn('技能点需求人数柱状图'), { timeout: 30_000 }).toBe(true)
  const sentence = (await visible('.report-sentence').first().textContent())!.trim()
  expect(sentence).toContain('新一代信息技术')

  // ── 专业产业适配监测: the index per city and per college, over/undersupplied majors, alerts.
  await w.open('/pkg-province/fit/index')
  await w.see('专业与产业适配监测')
  await w.see('适配指数（0–100）')
  await w.see(/市 · 指数 \d+\.\d$/)
  await w.see(/^预警（[1-9]\d*）$/)
  await w.tap('按院校')
  await w.see(/学院 · 指数 \d+\.\d$/)

  // ── 年度供需报告: the latest year with data (not an empty one), the same chain sentence, charts, the .xlsx.
  await w.open('/pkg-province/report/index')
  await w.see('年度供需报告')
  await w.see('各产业链结论')
  await w.see(sentence)
  expect(await visible('.report-empty').count()).toBe(0)
  await expect.poll(() => drawn('分产业链技能人才供给 / 岗位需求柱状图'), { timeout: 30_000 }).toBe(true)
  await w.see('统计口径')
  const report = page.waitForEvent('download', { timeout: 60_000 })
  await w.tap('下载 Excel 报告')
  expect((await report).suggestedFilename()).toMatch(/^山东省产业人才供需报告-\d{4}\.xlsx$/)
  await page.getByLabel('供需类别').locator('visible=true').getByText('培训', { exact: true }).click()
  await w.see('分产业链：年培训容量 / 年培训需求（人次）')
  await screenshot(page, 'walk-officials-3-report')

  // ── 成效排名: colleges or units, by chain and city, with the formula's export.
  await w.open('/pkg-admin/effectiveness/index')
  await w.see(/^第1名 · /)
  await w.see(/范围：省级管理员 · 全省全部单位；共 [1-9]\d* 家单位有成效/)
  const ranking = page.waitForEvent('download', { timeout: 60_000 })
  await w.tap('导出 Excel')
  expect((await ranking).suggestedFilename()).toMatch(/^\d{4}年成效排名\.xlsx$/)

  // ── 匹配解释: a job, one of its ranked college majors, the score part by part.
  await w.open('/pkg-admin/explain/index')
  await w.see('第一步：选择岗位')
  await page.locator('input[name="q"] >> visible=true').fill('数控')
  await w.tap('搜索')
  await visible('.search-picker__item').first().click({ timeout: 30_000 })
  await w.see('第二步：选择院校专业')
  await page.getByText(/^1\. /).locator('visible=true').first().click({ timeout: 30_000 })
  await w.see(/参与匹配，得分/)
  for (const part of ['得分构成', '专业对口 · 岗位文本', '推荐门槛']) await w.see(part)

  // ── 产业链管理: add a candidate chain with its source, confirm it with the publishing document; audited.
  await w.open('/pkg-admin/chains/index')
  await w.see(/^产业链（(19|[2-9]\d)）$/)
  await w.tap('新增产业链')
  await page.locator('input[name="name"] >> visible=true').fill('低空经济（走查）')
  await page.locator('textarea[name="source"] >> visible=true').fill('山东省低空经济发展三年行动方案（征求意见稿）')
  await w.tap('新增')
  await w.see('确认为已公布产业链')
  await page.locator('textarea[name="source"] >> visible=true').fill('鲁政办字〔2026〕1号')
  await w.tap('确认为已公布产业链')
  await w.confirm('确认')
  await w.see(/^确认于 \d{4}-\d{2}-\d{2}$/)
  await w.see(/依据：鲁政办字〔2026〕1号/)
  await w.see('变更记录')
}

/** A city bureau (淄博市教育局): its scope at the top, only its side of the queue, the rest answers 404. */
export const walkCityBureau = (w: Walker) =>
  walkScopedQueue(w, {
    card: '淄博市教育局审核员', scope: '淄博市教育局 · 仅本市院校', tabs: ['单位认证', '供给清单'], notTabs: ['岗位', '需求清单'],
    // A 淄博 college's 附件1 waits for this bureau; jobs belong to the industry side.
    open: { tab: '供给清单', holds: /淄博/ }, outside: 'job', shot: 'walk-officials-4-city-bureau',
  })

/** A province department (工业和信息化厅): enterprises, jobs and 附件2 across the province; colleges' lists 404. */
export const walkDepartment = (w: Walker) =>
  walkScopedQueue(w, {
    card: '省工信厅审核员', scope: '山东省工业和信息化厅 · 全省企业与机构', tabs: ['单位认证', '岗位', '需求清单'], notTabs: ['供给清单'],
    open: { tab: '岗位', holds: /疑似以招聘名义收费或招转培/ }, outside: 'supply_list', shot: 'walk-officials-5-department',
  })

interface ScopedQueue {
  /** Text on the demo card to sign in with. */
  card: string
  /** The scope line at the top of the queue. */
  scope: string
  /** The queue's tabs this administrator has, and those it must never see. */
  tabs: string[]
  notTabs: string[]
  /** A tab to open and what it holds for this administrator. */
  open: { tab: string; holds: string | RegExp }
  /** A queue outside the scope: the server answers 404, not an empty list. */
  outside: string
  shot: string
}

/** A scoped administrator opens 管理后台 → 审核队列 as a user does and sees only its side of it. */
async function walkScopedQueue(w: Walker, q: ScopedQueue) {
  await w.signIn(q.card)
  await w.open('/pages/me/index')
  await w.tap('管理后台')
  await w.tap('审核队列')
  await w.see(q.scope)
  // A tab reads its label, then the count of what waits under it (aria-hidden, so not part of its name): compare labels.
  const tabs = w.page.getByRole('tab').locator('visible=true')
  const names = async () => (await tabs.allTextContents()).map((t) => t.trim().replace(/\d+$/, ''))
  await expect.poll(names, { timeout: 30_000 }).toEqual(expect.arrayContaining(q.tabs))
  for (const name of q.notTabs) expect(await names()).not.toContain(name)
  await w.page.getByRole('tab', { name: q.open.tab }).locator('visible=true').click()
  await w.see(q.open.holds)
  await screenshot(w.page, q.shot)
  expect(await w.api(`/api/review/queue?kind=${q.outside}`)).toMatchObject({ code: 'NOT_FOUND' })
}
