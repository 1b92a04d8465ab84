/**
 * Decision 091 in Chromium on the phone (H5 build, real platform in demo mode, iPhone 13): the demo enterprise's
 * owner opens 单位资料 from the workbench, changes the contact phone, saves, and reads the new number after a reload;
 * its 招聘专员 opens the same page as text and 附件2 read-only, the workbench row saying 查看. Decision 096: going back with
 * an unsaved edit asks first, and after saving it does not.
 */
import { expect, test } from 'vitest'
import { screenshot } from '../lib/browser'
import { freshSession, phoneSession, sideways } from '../lib/phone-session'

/** The question useLeaveGuard asks (apps/miniapp/src/lib/use-leave-guard.ts), as the user reads it. */
const LEAVE_MESSAGE = '您修改的内容尚未保存，离开后将丢失。确定离开吗？'

const session = phoneSession()
const NEW_PHONE = '13905331234'

test('the owner edits the unit\'s contact phone on 单位资料 and sees it after a reload', async () => {
  const { context, page } = await freshSession(session, 'demo_enterprise')
  const failedApi: string[] = []
  page.on('response', (res) => { if (res.url().includes('/api/') && res.status() >= 400) failedApi.push(`${res.status()} ${res.url()}`) })
  try {
    await page.goto(`${session.platform.url}/#/pkg-enterprise/index`)
    await page.getByText('单位资料', { exact: true }).locator('visible=true').first().click({ timeout: 90_000 })
    const phone = page.locator('input[name="contactPhone"]').locator('visible=true')
    await phone.waitFor({ timeout: 60_000 })
    expect(await sideways(page)).toBeLessThanOrEqual(0)
    await screenshot(page, 'org-details-1-form')
    await phone.fill(NEW_PHONE)
    await page.getByText('保存', { exact: true }).locator('visible=true').last().click()
    await page.getByText('已保存').first().waitFor({ timeout: 30_000 })

    await page.reload()
    const reloaded = page.locator('input[name="contactPhone"]').locator('visible=true')
    await reloaded.waitFor({ timeout: 60_000 })
    await expect.poll(() => reloaded.inputValue(), { timeout: 30_000 }).toBe(NEW_PHONE)
    await screenshot(page, 'org-details-2-reloaded')
    expect(failedApi).toEqual([])
  } finally {
    await context.close()
  }
}, 300_000)

test('a 招聘专员 reads 单位资料 and 附件2 without a field to type into', async () => {
  const { context, page } = await freshSession(session, 'demo_enterprise_hr')
  try {
    await page.goto(`${session.platform.url}/#/pkg-enterprise/index`)
    await page.getByText('查看企业需求清单（附件2）').locator('visible=true').first().waitFor({ timeout: 90_000 })
    await page.getByText('单位资料', { exact: true }).locator('visible=true').first().click()
    await page.getByText('您的角色（招聘专员）只能查看单位资料；负责人、业务管理员可以修改').waitFor({ timeout: 60_000 })
    expect(await page.locator('.taro_page input:visible, .taro_page textarea:visible').count()).toBe(0)
    await screenshot(page, 'org-details-3-read-only')

    await page.goto(`${session.platform.url}/#/pkg-enterprise/demand-list/index`)
    await page.getByText('您的角色只能查看本清单；负责人、业务管理员、清单填报员可以填写和提交').waitFor({ timeout: 60_000 })
    expect(await page.locator('.taro_page input:visible, .taro_page textarea:visible').count()).toBe(0)
    expect(await page.getByText('保存草稿').count()).toBe(0)
    await screenshot(page, 'org-details-4-list-read-only')
  } finally {
    await context.close()
  }
}, 300_000)

test('going back from 单位资料 with an unsaved edit asks first; once saved it does not (decision 096)', async () => {
  const { context, page } = await freshSession(session, 'demo_enterprise')
  try {
    await page.goto(`${session.platform.url}/#/pkg-enterprise/index`)
    await page.getByText('单位资料', { exact: true }).locator('visible=true').first().click({ timeout: 90_000 })
    const address = page.locator('input[name="address"]').locator('visible=true')
    await address.waitFor({ timeout: 60_000 })
    await address.fill('淄博市张店区华光路366号')
    const back = page.locator('.taro-navigation-bar-back').locator('visible=true')
    await back.click()
    await page.getByText(LEAVE_MESSAGE).locator('visible=true').waitFor({ timeout: 30_000 })
    await screenshot(page, 'org-details-5-leave-asks')
    await page.getByText('留下', { exact: true }).locator('visible=true').click()
    // Stayed: the edit is still there to save.
    await expect.poll(() => address.inputValue(), { timeout: 10_000 }).toBe('淄博市张店区华光路366号')

    await page.getByText('保存', { exact: true }).locator('visible=true').last().click()
    await page.getByText('已保存').first().waitFor({ timeout: 30_000 })
    await back.click()
    // Back on the workbench without a question.
    await page.locator('input[name="address"]').locator('visible=true').waitFor({ state: 'detached', timeout: 30_000 })
    expect(await page.getByText(LEAVE_MESSAGE).locator('visible=true').count()).toBe(0)
    await page.getByText('单位资料', { exact: true }).locator('visible=true').first().waitFor({ timeout: 30_000 })
  } finally {
    await context.close()
  }
}, 300_000)
