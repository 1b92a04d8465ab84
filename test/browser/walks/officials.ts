/**
 * README "What you can do", the administrators' rows, walked on the phone from a fresh seed: the province's
 * super-admin (demo_admin) through 管理后台 — membership verification, the review queue with its fraud signals,
 * 单位设置's 免审发布 switch, the audit log as sentences, the map, chain analytics, the fit monitor, the yearly report
 * and its .xlsx, 成效排名, 产业链管理, 匹配解释 — then a city bureau (demo_zibo_edu, 淄博市教育局) and a province
 * department (demo_industry), each seeing its scope at the top and only its side of the queue.
 */
import { expect } from 'vitest'
import { screenshot } from '../../lib/browser'
import type { Walker } from '../../lib/walk'

/** The province administrator, a city bureau and a province department finish their README rows. */
export async function walkOfficials(w: Walker) {
  const { page } = w
  const visible = (selector: string) => page.locator(`${selector} >> visible=true`)

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
  await w.see('按单位查询')

  // ── 数字地图 (人才 / 培训 / 设备与研发), 产业链分析 (sentences and charts), 适配监测 (index and alerts).
  await w.open('/pkg-province/map/index')
  await w.see('产业链供需数字地图')
  for (const pair of ['人才', '培训', '设备与研发']) await w.see(pair)
  await expect.poll(() => page.locator('[data-adcode]').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(16)
  // Not walked yet (the first full run failed at the map's 培训 selector): chain analytics, the fit monitor, the
  // yearly report, 成效排名, 产业链管理, 匹配解释 and the scoped administrators.
}
