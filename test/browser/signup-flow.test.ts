/**
 * Decision 045 end to end in Chromium with a phone profile, on the H5 build against the real platform, in a fresh
 * session (no token, nothing cached): a visitor taps 登录 / 注册, then 学生注册, creates an account with a claimed
 * college, lands signed in on 简历, fills the minimum an application needs, applies to a job with consent, and
 * 我的投递 shows it. The demo button is never used.
 */
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { screenshot } from '../lib/browser'
import { phoneSession } from '../lib/phone-session'

const session = phoneSession()
const chip = (page: Page, text: string) => page.locator('.chain-chip', { hasText: text }).first()

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
  await page.locator('input[name="username"]').waitFor({ timeout: 30_000 })
  // The H5 title bar names the page and has a back arrow.
  const bar = page.locator('#taro-navigation-bar')
  await expect.poll(() => bar.textContent(), { timeout: 10_000 }).toContain('学生注册')
  await expect.poll(() => bar.evaluate((el) => el.className)).toContain('back')

  // ── Sign up: a weak password is refused beside its field first.
  await page.locator('input[name="username"]').fill(username)
  await page.locator('input[name="password"]').fill('abcdefgh')
  await page.locator('input[name="confirm"]').fill('abcdefgh')
  await page.getByText('注册并登录', { exact: true }).click()
  await page.getByText('密码须同时包含字母和数字').waitFor({ timeout: 15_000 })
  await page.locator('input[name="password"]').fill('Qilu2026go')
  await page.locator('input[name="confirm"]').fill('Qilu2026go')
  await page.locator('input[name="realName"]').fill('王小明')
  await page.locator('input[name="collegeQ"]').fill('淄博职业学院')
  await page.locator('.search-bar').filter({ has: page.locator('input[name="collegeQ"]') }).locator('.search-bar__btn').click()
  await chip(page, '淄博职业学院（淄博市）').click({ timeout: 30_000 })
  await page.getByText('就读院校（选填）：淄博职业学院').waitFor()
  await page.getByText('我已阅读并同意').click()
  await screenshot(page, 'signup-flow-2-form')
  await page.getByText('注册并登录', { exact: true }).click()

  // ── Signed in, on 简历 with what was given: fill the minimum an application needs.
  await page.locator('input[name="phone"]').waitFor({ timeout: 60_000 })
  await expect.poll(() => page.locator('input[name="realName"]').last().inputValue(), { timeout: 30_000 }).toBe('王小明')
  await page.getByText('就读院校：淄博职业学院').waitFor()
  await page.locator('input[name="phone"]').fill('13900001234')
  await page.locator('input[name="majorQ"]').fill('数控技术')
  await page.locator('.search-bar').filter({ has: page.locator('input[name="majorQ"]') }).locator('.search-bar__btn').click()
  await chip(page, '数控技术（高职专科）').click({ timeout: 30_000 })
  await chip(page, '2年级').click()
  await chip(page, '大专/高职').click()
  await page.locator('input[name="skill"]').fill('数控编程')
  await page.locator('.search-bar').filter({ has: page.locator('input[name="skill"]') }).locator('.search-bar__btn').click()
  await chip(page, '淄博市').click()
  await page.getByText('保存简历', { exact: true }).click()
  await expect.poll(() => page.getByText('投递前必填', { exact: false }).count(), { timeout: 30_000 }).toBe(0)
  await screenshot(page, 'signup-flow-3-resume')

  // ── Apply to the first job the 岗位 tab shows, with consent.
  await page.goto(`${session.platform.url}/#/pages/jobs/index`)
  const card = page.locator('.job-card').first()
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
  await page.goto(`${session.platform.url}/#/pages/me/index`)
  await page.getByText('我的投递', { exact: true }).click({ timeout: 60_000 })
  const mine = page.locator('.application-card').filter({ has: page.locator('.job-card__title', { hasText: title }) })
  await mine.first().waitFor({ timeout: 30_000 })
  await expect.poll(() => mine.first().locator('.application-status').textContent()).toBe('已投递')
  await screenshot(page, 'signup-flow-4-applied')
  expect(failedApi).toEqual([])
  await page.close()
})
