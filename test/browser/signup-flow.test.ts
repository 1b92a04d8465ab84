/**
 * Decision 045 end to end in Chromium with a phone profile, on the H5 build against the real platform, in a fresh
 * session (no token, nothing cached): a visitor taps 登录 / 注册, then 学生注册, creates an account with a claimed
 * college, is shown its recovery codes once, lands signed in on 简历, fills the minimum an application needs, applies to
 * a job with consent, and 我的投递 shows it. The demo button is never used.
 */
import { expect, test } from 'vitest'
import type { Locator } from 'playwright-core'
import { screenshot } from '../lib/browser'
import { phoneSession } from '../lib/phone-session'

const session = phoneSession()
const chip = (within: Locator, text: string) => within.locator('.chain-chip', { hasText: text }).first()

test('a phone-browser student signs up, fills the résumé minimum, applies, and sees the application in 我的投递', async () => {
  const page = await session.context.newPage()
  const failedApi: string[] = []
  page.on('response', (res) => { if (res.url().includes('/api/') && res.status() >= 500) failedApi.push(`${res.status()} ${res.url()}`) })
  const username = `xiaowang_${Date.now() % 1e6}`

  // ── A visitor: home → 登录 / 注册 → 学生注册.
  await page.goto(`${session.platform.url}/#/pages/home/index`)
  await page.getByText('登录 / 注册', { exact: true }).click({ timeout: 90_000 })
  await page.getByText('学生注册 / 登录').waitFor({ timeout: 30_000 })
  await screenshot(page, 'signup-flow-1-login')
  await page.locator('.login__signup-btn').click()
  // Pages left behind stay in Taro's H5 stack (hidden): the login form has a username box too.
  const form = page.locator('.signup')
  await form.locator('input[name="username"]').waitFor({ timeout: 30_000 })
  // The H5 title bar names the page and has a back arrow.
  const bar = page.locator('#taro-navigation-bar')
  await expect.poll(() => bar.textContent(), { timeout: 10_000 }).toContain('学生注册')
  await expect.poll(() => bar.evaluate((el) => el.className)).toContain('back')

  // ── Sign up: a weak password is refused beside its field first.
  await form.locator('input[name="username"]').fill(username)
  await form.locator('input[name="password"]').fill('abcdefgh')
  await form.locator('input[name="confirm"]').fill('abcdefgh')
  await form.getByText('注册并登录', { exact: true }).click()
  await form.getByText('密码须同时包含字母和数字').waitFor({ timeout: 15_000 })
  await form.locator('input[name="password"]').fill('Qilu2026go')
  await form.locator('input[name="confirm"]').fill('Qilu2026go')
  await form.locator('input[name="realName"]').fill('王小明')
  await form.locator('input[name="collegeQ"]').fill('淄博职业学院')
  await form.locator('.search-bar:has(input[name="collegeQ"]) .search-bar__btn').click()
  await chip(form, '淄博职业学院（淄博市）').click({ timeout: 30_000 })
  await form.getByText('就读院校（选填）：淄博职业学院').waitFor()
  await form.getByText('我已阅读并同意').click()
  await screenshot(page, 'signup-flow-2-form')
  await form.getByText('注册并登录', { exact: true }).click()

  // ── Signed in: the eight recovery codes are shown once (decision 059), and the page moves on only when told to.
  await page.getByText('请保存你的账号恢复码').waitFor({ timeout: 60_000 })
  await expect.poll(() => page.locator('.recovery-codes__code').count()).toBe(8)
  await screenshot(page, 'signup-flow-2b-recovery-codes')
  await page.locator('.recovery-codes__done').click()

  // ── On 简历 with what was given: fill the minimum an application needs.
  const resume = page.locator('.profile-form')
  await resume.locator('input[name="phone"]').waitFor({ timeout: 60_000 })
  await expect.poll(() => resume.locator('input[name="realName"]').inputValue(), { timeout: 30_000 }).toBe('王小明')
  await resume.getByText('就读院校：淄博职业学院').waitFor()
  await resume.locator('input[name="phone"]').fill('13900001234')
  await resume.locator('input[name="majorQ"]').fill('数控技术')
  await resume.locator('.search-bar:has(input[name="majorQ"]) .search-bar__btn').click()
  await chip(resume, '数控技术（高职专科）').click({ timeout: 30_000 })
  await chip(resume, '2年级').click()
  await chip(resume, '大专/高职').click()
  await resume.locator('input[name="skill"]').fill('数控编程')
  await resume.locator('.search-bar:has(input[name="skill"]) .search-bar__btn').click()
  await chip(resume, '淄博市').click()
  await resume.getByText('保存简历', { exact: true }).click()
  await expect.poll(() => page.getByText('投递前必填', { exact: false }).count(), { timeout: 30_000 }).toBe(0)
  await screenshot(page, 'signup-flow-3-resume')

  // ── Apply to the first job the 岗位 tab shows, with consent.
  // A new hash alone keeps the old pages in the document; a reload opens the tab as a shared link would.
  await page.goto(`${session.platform.url}/#/pages/jobs/index`)
  await page.reload()
  const card = page.locator('.job-card >> visible=true').first()
  await card.waitFor({ timeout: 60_000 })
  const title = (await card.locator('.job-card__title').textContent())!.trim()
  await card.click()
  await page.getByText('岗位描述').waitFor({ timeout: 30_000 })
  await page.locator('.bottom-bar').getByText('申请', { exact: true }).click()
  const sheet = page.locator('.consent-sheet')
  await sheet.waitFor({ timeout: 15_000 })
  await sheet.getByText('我已阅读并同意将上述信息提供给该企业').click()
  await sheet.getByText('同意并投递', { exact: true }).click()
  await page.getByText('已投递，查看我的投递').waitFor({ timeout: 15_000 })

  // ── 我的投递 shows it.
  await page.getByText('已投递，查看我的投递').click()
  const mine = page.locator('.application-card >> visible=true').filter({ has: page.locator('.job-card__title', { hasText: title }) })
  await mine.first().waitFor({ timeout: 30_000 })
  await expect.poll(() => mine.first().locator('.application-status').textContent()).toBe('已投递')
  // The page has slid in (the card's left edge on the screen), so the screenshot shows it.
  await expect.poll(async () => (await mine.first().boundingBox())?.x ?? Number.POSITIVE_INFINITY, { timeout: 10_000 }).toBeLessThan(40)
  await screenshot(page, 'signup-flow-4-applied')
  expect(failedApi).toEqual([])
  await page.close()
})
