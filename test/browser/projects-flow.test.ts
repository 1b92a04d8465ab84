/**
 * Issue 15 end to end on the phone (H5 build, real BFF on a fresh embedded database): the 淄博 education bureau's
 * reviewer approves the 淄博 college's 附件1 waiting for it (decision 021), then the demo enterprise opens the
 * project it signed at the 济南 fair in its 项目台账 and posts a milestone update from the phone (decision 034), then
 * ticks off the last milestone and asks for 结项, which the 淄博 college confirms (decision 107); the 淄博 industry bureau's 成效排名 then counts it for
 * the enterprise (decision 029).
 */
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { pageApi, screenshot } from '../lib/browser'
import { phoneSession } from '../lib/phone-session'

const session = phoneSession()

/** Signs in through the demo card whose text contains `card` (several admins share a title; their names differ). */
async function signInAs(page: Page, card: string) {
  await page.evaluate(() => localStorage.clear())
  await page.goto(`${session.platform.url}/#/pages/login/index`)
  await page.locator('.demo-card').filter({ hasText: card }).first().click()
  await expect.poll(() => page.evaluate(() => localStorage.getItem('zl.token')), { timeout: 30_000 }).toBeTruthy()
}

const confirmModal = (page: Page, button: string) => page.locator('.taro-modal__foot, .taro-modal__footer, [class*="modal"]').getByText(button, { exact: true }).last().click()

test('a 淄博 bureau reviewer approves a 淄博 list; the enterprise updates and completes a project signed at a fair; the 成效 ranking counts it', async () => {
  const page = await session.context.newPage()
  await page.goto(`${session.platform.url}/#/pages/login/index`)
  await signInAs(page, '淄博市教育局审核员')
  await page.goto(`${session.platform.url}/#/pkg-admin/review/index`)
  await page.reload()
  await expect.poll(() => page.getByText('淄博市教育局').count(), { timeout: 30_000 }).toBeGreaterThan(0)
  await page.getByText('供给清单', { exact: true }).click()
  const cards = page.locator('.review-item')
  await expect.poll(() => cards.count(), { timeout: 30_000 }).toBeGreaterThan(0)
  const college = (await cards.first().locator('.review-item__org').textContent())?.trim() ?? ''
  const card = cards.filter({ hasText: college })
  await card.first().getByText('通过', { exact: true }).click()
  await confirmModal(page, '通过')
  await expect.poll(() => card.count(), { timeout: 30_000 }).toBe(0)
  await screenshot(page, 'projects-zibo-bureau-approved')

  await signInAs(page, '淄博恒瑞精密机械有限公司')
  await page.goto(`${session.platform.url}/#/pkg-projects/list/index`)
  await page.reload()
  const project = page.locator('.project-card').filter({ hasText: '双选周签约' })
  await expect.poll(() => project.count(), { timeout: 30_000 }).toBe(1)
  await screenshot(page, 'projects-ledger')
  // The enterprise's own record before: how many completed projects it already has this year.
  const me = await pageApi<{ memberships: { org: { id: string; name: string } }[] }>(page, '/api/me')
  const org = me.memberships.find((m) => m.org.name === '淄博恒瑞精密机械有限公司')!.org
  const completedBefore = (await pageApi<{ parts: { key: string; count: number }[] }>(page, `/api/organizations/${org.id}/effectiveness`)).parts
    .find((p) => p.key === 'completedProjects')!.count
  await project.click()
  await expect.poll(() => page.getByText('签约活动：山东省职业院校毕业生就业双选周（济南站）').count(), { timeout: 30_000 }).toBeGreaterThan(0)
  await page.getByText('发布进展', { exact: true }).last().click()
  await expect.poll(() => page.locator('textarea[name="body"]').count(), { timeout: 30_000 }).toBeGreaterThan(0)
  await page.locator('textarea[name="body"]').last().fill('学徒制培养协议已签订，首批遴选方案报学院教务处')
  await page.locator('.milestone-pick').filter({ hasText: '签订学徒制培养协议' }).last().click()
  await page.getByText('发布', { exact: true }).last().click()
  // Back on the detail page, the update heads the timeline and the milestone is ticked.
  await expect.poll(() => page.getByText('学徒制培养协议已签订，首批遴选方案报学院教务处').count(), { timeout: 30_000 }).toBeGreaterThan(0)
  await screenshot(page, 'projects-update-posted')
  const ledger = await pageApi<{ items: { title: string; status: string; milestones: { done: number } }[] }>(page, '/api/projects')
  expect(ledger.items.find((p) => p.title.includes('双选周签约'))).toMatchObject({ status: 'in_progress', milestones: { done: 1 } })

  // The last milestone, and 结项 with it (a confirmation first).
  await page.getByText('发布进展', { exact: true }).last().click()
  await expect.poll(() => page.locator('textarea[name="body"]').count(), { timeout: 30_000 }).toBeGreaterThan(0)
  await page.locator('textarea[name="body"]').last().fill('首批30名学徒遴选完成，项目各项里程碑均已完成，申请结项')
  await page.locator('.milestone-pick').filter({ hasText: '完成首批学徒遴选' }).last().click()
  await page.getByText('项目已全部完成，申请结项', { exact: true }).last().click()
  await page.getByText('发布', { exact: true }).last().click()
  await confirmModal(page, '申请')
  await expect.poll(() => page.getByText('首批30名学徒遴选完成，项目各项里程碑均已完成，申请结项').count(), { timeout: 30_000 }).toBeGreaterThan(0)
  // 结项 takes both parties (decision 107): the enterprise's is a request, still 推进中 until the college confirms.
  const asked = await pageApi<{ items: { title: string; status: string }[] }>(page, '/api/projects')
  expect(asked.items.find((p) => p.title.includes('双选周签约'))).toMatchObject({ status: 'in_progress' })
  await signInAs(page, '校企合作处')
  await page.goto(`${session.platform.url}/#/pkg-projects/list/index`)
  await page.reload()
  const theirs = page.locator('.project-card').filter({ hasText: '双选周签约' })
  await expect.poll(() => theirs.count(), { timeout: 30_000 }).toBe(1)
  await theirs.click()
  await page.getByText('发布进展', { exact: true }).last().click()
  await expect.poll(() => page.locator('textarea[name="body"]').count(), { timeout: 30_000 }).toBeGreaterThan(0)
  await page.locator('textarea[name="body"]').last().fill('核对各项里程碑无误，确认结项')
  await page.getByText('淄博恒瑞精密机械有限公司已申请结项，确认结项', { exact: true }).last().click()
  await page.getByText('发布', { exact: true }).last().click()
  await confirmModal(page, '结项')
  await expect.poll(() => page.getByText('核对各项里程碑无误，确认结项').count(), { timeout: 30_000 }).toBeGreaterThan(0)
  const closed = await pageApi<{ items: { title: string; status: string }[] }>(page, '/api/projects')
  expect(closed.items.find((p) => p.title.includes('双选周签约'))).toMatchObject({ status: 'completed' })

  // The 淄博 industry bureau's 成效排名 shows the enterprise with one more completed project.
  await signInAs(page, '淄博市工信局审核员')
  await page.goto(`${session.platform.url}/#/pkg-admin/effectiveness/index`)
  await page.reload()
  await expect.poll(() => page.getByText('淄博市工业和信息化局').count(), { timeout: 30_000 }).toBeGreaterThan(0)
  const row = page.locator('.effect-rank').filter({ hasText: org.name })
  const more = page.getByText('上拉或点此加载更多', { exact: true })
  await expect.poll(async () => {
    if ((await row.count()) === 0 && (await more.count()) > 0) await more.first().click()
    return row.count()
  }, { timeout: 60_000 }).toBe(1)
  await expect.poll(() => row.textContent(), { timeout: 30_000 }).toContain(`合作项目完成 ${completedBefore + 1}项`)
  await row.scrollIntoViewIfNeeded()
  await screenshot(page, 'projects-effect-ranking')
}, 300_000)
