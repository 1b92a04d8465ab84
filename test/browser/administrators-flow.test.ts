/**
 * Decision 072 in Chromium at 375 px, on the H5 build against the real platform (demo mode, as the platform
 * administrator demo_admin): 管理后台 → 管理员账号 lists the accounts with their scope in words; 新增管理员 offers the
 * scopes, every control at least 44 × 44 px (decision 065); the new 淄博 education bureau's temporary password is shown
 * once and signs in only to set a new password; 停用 after a confirmation marks the account and ends its sign-in;
 * 重新启用 (decision 074) after its own confirmation shows a new one-time password on the card (decision 078): the
 * password the holder had before no longer signs in, the new one only to set a new password.
 */
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { screenshot } from '../lib/browser'
import { findSmallTapTargets } from '../lib/narrow-checks'
import { demoToken, phoneSession, sideways } from '../lib/phone-session'
import { findTextProblemsScrolling, installTextZoom } from '../lib/text-zoom'

const session = phoneSession()
const confirmModal = (page: Page, button: string) =>
  page.locator('.taro-modal__foot, .taro-modal__footer, [class*="modal"]').getByText(button, { exact: true }).locator('visible=true').last().click({ timeout: 15_000 })
const signIn = (body: { username: string; password: string; newPassword?: string }) =>
  fetch(`${session.platform.url}/api/auth/password`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

test('the platform administrator creates a city bureau’s account, hands over its temporary password, and disables it', async () => {
  const context = await session.context.browser()!.newContext({
    viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai',
  })
  await context.addInitScript((t) => localStorage.setItem('zl.token', JSON.stringify({ data: t })), await demoToken(session, 'demo_admin'))
  const page = await context.newPage()
  const failedApi: string[] = []
  page.on('response', (res) => { if (res.url().includes('/api/') && res.status() >= 500) failedApi.push(`${res.status()} ${res.url()}`) })
  const username = `zibo_edu_${Date.now() % 1e6}`
  try {
    // ── 管理后台 → 管理员账号: the seeded administrators, scope in words.
    await page.goto(`${session.platform.url}/#/pkg-admin/memberships/index`)
    await page.getByText('管理员账号', { exact: true }).click({ timeout: 90_000 })
    const list = page.locator('.admin-accounts >> visible=true')
    await list.getByText('淄博市教育局 · 仅本市院校').first().waitFor({ timeout: 60_000 })
    await list.getByText('本人').waitFor()
    await page.waitForLoadState('networkidle')
    await screenshot(page, 'administrators-1-list')

    // ── 新增管理员: 教育部门 → 市教育局 → 淄博市, every control a comfortable tap.
    await list.getByText('新增管理员', { exact: true }).click()
    const form = page.locator('.admin-create >> visible=true')
    await form.locator('input[name="displayName"]').fill('李局长')
    await form.locator('input[name="username"]').fill(username)
    await form.getByText('教育部门', { exact: true }).click()
    await form.getByText('市教育局', { exact: true }).click()
    await form.getByText('淄博市', { exact: true }).click()
    await form.getByText('将开设：淄博市教育局 · 仅本市院校').waitFor()
    expect(await findSmallTapTargets(page)).toEqual([])
    expect(await sideways(page)).toBeLessThanOrEqual(0)
    await screenshot(page, 'administrators-2-form')
    await form.getByText('新增', { exact: true }).click()

    // ── The temporary password, this once; it signs in only to set a new one.
    const password = (await page.locator('.reset-card__password >> visible=true').textContent({ timeout: 30_000 }))!.trim()
    expect(password).toMatch(/^[A-Za-z0-9]{12}$/)
    await screenshot(page, 'administrators-3-password')
    expect((await signIn({ username, password })).status).toBe(403)
    expect((await signIn({ username, password, newPassword: 'ZiboEdu2027ok' })).status).toBe(200)
    await page.getByText('我已转交', { exact: true }).locator('visible=true').click()

    // ── 停用, confirmed: the card says so and the account signs in no more.
    const card = list.locator('.admin-account', { hasText: username })
    await card.getByText('停用', { exact: true }).click()
    await confirmModal(page, '停用')
    await card.getByText('已停用').waitFor({ timeout: 30_000 })
    await screenshot(page, 'administrators-4-disabled')
    const refused = await signIn({ username, password: 'ZiboEdu2027ok' })
    expect(refused.status).toBe(401)
    // Decision 074: told it was disabled and by whom, then 重新启用 after its confirmation.
    expect(((await refused.json()) as { code: string }).code).toBe('ACCOUNT_DISABLED')
    await card.getByText(/^由 .+ 停用$/).waitFor({ timeout: 30_000 })
    await card.getByText('重新启用', { exact: true }).click()
    await confirmModal(page, '启用')
    const renewed = (await card.locator('.reset-card__password >> visible=true').textContent({ timeout: 30_000 }))!.trim()
    expect(renewed).toMatch(/^[A-Za-z0-9]{12}$/)
    expect(renewed).not.toBe(password)
    // The password comes with the answer; the card's 已停用 tag goes when the list it reloads then arrives.
    await expect.poll(() => card.getByText('已停用').count(), { timeout: 30_000 }).toBe(0)
    await screenshot(page, 'administrators-5-enabled')
    // The password it had before 停用 is gone; the one shown signs in only to set a new one.
    expect(((await (await signIn({ username, password: 'ZiboEdu2027ok' })).json()) as { code: string }).code).toBe('INVALID_CREDENTIALS')
    expect((await signIn({ username, password: renewed })).status).toBe(403)
    expect((await signIn({ username, password: renewed, newPassword: 'ZiboEdu2028ok' })).status).toBe(200)
    await card.getByText('我已转交', { exact: true }).click()
    await card.getByText('停用', { exact: true }).waitFor({ timeout: 30_000 })
    expect(failedApi).toEqual([])
  } finally {
    await context.close()
  }
}, 300_000)

/**
 * Decision 073: the same page on a 360-px phone with the system's larger text (1.5×): the list, the form with its
 * scope chips and the one-time password card, nothing clipped or overlapping, nothing sideways, every tap 44 px.
 */
test('管理员账号 at 360 px and 1.5× text: list, 新增管理员 and the temporary password read whole', async () => {
  const context = await session.context.browser()!.newContext({
    viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai',
  })
  await context.addInitScript((t) => localStorage.setItem('zl.token', JSON.stringify({ data: t })), await demoToken(session, 'demo_admin'))
  await installTextZoom(context, 1.5)
  const page = await context.newPage()
  const problems: Record<string, unknown> = {}
  const look = async (name: string) => {
    await page.waitForLoadState('networkidle')
    await screenshot(page, `administrators-360-zoom-${name}`)
    const text = await findTextProblemsScrolling(page)
    const small = await findSmallTapTargets(page)
    const side = await sideways(page)
    if (text.clipped.length || text.overlapping.length || small.length || side > 0) problems[name] = { ...text, small, sideways: side }
    await page.evaluate(() => window.scrollTo(0, 0))
  }
  try {
    await page.goto(`${session.platform.url}/#/pkg-admin/administrators/index`)
    const list = page.locator('.admin-accounts >> visible=true')
    await list.getByText('淄博市教育局 · 仅本市院校').first().waitFor({ timeout: 90_000 })
    await look('1-list')
    await list.getByText('新增管理员', { exact: true }).tap()
    const form = page.locator('.admin-create >> visible=true')
    await form.locator('input[name="displayName"]').fill('赵科长')
    await form.locator('input[name="username"]').fill(`jinan_mi_${Date.now() % 1e6}`)
    await form.getByText('工信部门', { exact: true }).tap()
    await form.getByText('市工信局', { exact: true }).tap()
    await form.getByText('济南市', { exact: true }).tap()
    await form.getByText(/^将开设：济南市/).waitFor()
    await look('2-form')
    await form.getByText('新增', { exact: true }).tap()
    const password = page.locator('.reset-card__password >> visible=true')
    await password.waitFor({ timeout: 30_000 })
    // The password is in sight, not above the screen while the list below it shows (decision 073).
    await expect.poll(async () => { const box = await password.boundingBox(); return !!box && box.y >= 0 && box.y + box.height <= 780 }, { timeout: 15_000 }).toBe(true)
    await look('3-password')
    expect(problems).toEqual({})
  } finally {
    await context.close()
  }
}, 300_000)
