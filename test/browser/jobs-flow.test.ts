/**
 * Issue 3 end to end in Chromium with a phone profile, on the H5 build against the real platform:
 * a student finds a job of 淄博恒瑞精密机械有限公司 by keyword, consents and applies; the enterprise
 * invites them to an interview from its applicant pipeline; the student sees 面试 in 我的投递.
 */
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { screenshot } from '../lib/browser'
import { phoneSession } from '../lib/phone-session'

const session = phoneSession()

async function api<T>(path: string, token?: string, body?: unknown): Promise<T> {
  const res = await fetch(`${session.platform.url}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}
const demoToken = async (username: string) => (await api<{ token: string }>('/api/auth/demo', undefined, { username })).token

interface EnterpriseJob { id: string; title: string; status: string; headcount: number; hiredCount: number }

/** An open job of the demo enterprise, unique by title there, that the demo student has not applied to. */
async function pickJob(): Promise<EnterpriseJob> {
  const enterprise = await demoToken('demo_enterprise')
  const student = await demoToken('demo_student')
  const { items: jobs } = await api<{ items: EnterpriseJob[] }>('/api/enterprise/jobs?limit=100', enterprise)
  const { items: mine } = await api<{ items: { job: { id: string } }[] }>('/api/applications/mine?limit=100', student)
  const applied = new Set(mine.map((a) => a.job.id))
  const candidates = jobs.filter((j) => j.status === 'open' && j.hiredCount < j.headcount && !applied.has(j.id) && jobs.filter((o) => o.title === j.title).length === 1)
  expect(candidates.length).toBeGreaterThan(0)
  return candidates[0]!
}

async function signInAs(page: Page, card: string) {
  await page.goto(`${session.platform.url}/#/pages/login/index`)
  await page.getByText(card).first().click({ timeout: 90_000 })
  await expect.poll(() => page.url(), { timeout: 30_000 }).toContain('/pages/home/index')
}

async function signOut(page: Page) {
  await page.goto(`${session.platform.url}/#/pages/me/index`)
  await page.locator('.me__logout').click()
  // Taro's H5 modal stays in the DOM hidden after use: click the visible one.
  await page.locator('text="退出" >> visible=true').last().click()
  await expect.poll(() => page.getByText('尚未登录').count(), { timeout: 15_000 }).toBeGreaterThan(0)
}

const tab = (page: Page, name: string) => page.locator('.weui-tabbar__label', { hasText: name }).first()

test('a student applies with consent, the enterprise invites to an interview, the student sees 面试', async () => {
  const job = await pickJob()
  const page = await session.context.newPage()
  const failedApi: string[] = []
  page.on('response', (res) => { if (res.url().includes('/api/') && res.status() >= 500) failedApi.push(`${res.status()} ${res.url()}`) })

  // ── Student: search, open, consent, apply.
  await signInAs(page, '以学生身份体验')
  await tab(page, '岗位').click()
  const search = page.locator('input[name="q"]')
  await search.waitFor({ timeout: 30_000 })
  await search.fill(job.title)
  // The home page (still in Taro's page stack, hidden) has a search bar too: press the one beside this box.
  await page.locator('.search-bar').filter({ has: search }).locator('.search-bar__btn').click()
  const card = page.locator('.job-card').filter({ hasText: job.title }).filter({ hasText: '淄博恒瑞精密机械有限公司' }).first()
  await card.waitFor({ timeout: 30_000 })
  await screenshot(page, 'jobs-flow-1-search')
  await card.click()
  await page.getByText('岗位描述').waitFor({ timeout: 30_000 })
  await page.locator('.bottom-bar').getByText('申请', { exact: true }).click()

  const sheet = page.locator('.consent-sheet')
  await sheet.waitFor({ timeout: 15_000 })
  await expect.poll(() => sheet.getByText('接收方：淄博恒瑞精密机械有限公司').count()).toBeGreaterThan(0)
  await screenshot(page, 'jobs-flow-2-consent')
  await sheet.getByText('我已阅读并同意将上述信息提供给该企业').click()
  await sheet.getByText('同意并投递', { exact: true }).click()
  await page.getByText('已投递，查看我的投递').waitFor({ timeout: 15_000 })
  await screenshot(page, 'jobs-flow-3-applied')
  await signOut(page)

  // ── Enterprise: its jobs, the applicants of this job, interview invitation.
  await signInAs(page, '以企业身份体验')
  await tab(page, '我的').click()
  await page.getByText('企业工作台').click()
  await page.getByText('我的岗位与应聘者').click()
  const jobCard = page.locator('.enterprise-job').filter({ has: page.locator('.job-card__title', { hasText: new RegExp(`^${job.title}$`) }) })
  await jobCard.waitFor({ timeout: 30_000 })
  await jobCard.getByText('应聘者', { exact: true }).click()
  const applicant = page.locator('.applicant-card').filter({ hasText: '李明轩' }).first()
  await applicant.waitFor({ timeout: 30_000 })
  await screenshot(page, 'jobs-flow-4-pipeline')
  await applicant.getByText('邀请面试', { exact: true }).click()
  const form = page.locator('.interview-form')
  await form.waitFor()
  await form.locator('input[name="place"]').fill('淄博市张店区恒瑞厂区办公楼3楼会议室')
  await screenshot(page, 'jobs-flow-5-interview-form')
  await form.getByText('发送面试邀请', { exact: true }).click()
  await form.waitFor({ state: 'detached', timeout: 15_000 })
  const interviewing = page.locator('.pipeline-stage').filter({ has: page.locator('.stage', { hasText: /^面试/ }) })
  await expect.poll(() => interviewing.getByText('李明轩').count(), { timeout: 15_000 }).toBeGreaterThan(0)
  await screenshot(page, 'jobs-flow-6-moved')
  await signOut(page)

  // ── Student: 我的投递 shows the new status and the interview.
  await signInAs(page, '以学生身份体验')
  await tab(page, '我的').click()
  await page.getByText('我的投递', { exact: true }).click()
  const mine = page.locator('.application-card').filter({ has: page.locator('.job-card__title', { hasText: new RegExp(`^${job.title}$`) }) }).filter({ hasText: '淄博恒瑞精密机械有限公司' })
  await mine.first().waitFor({ timeout: 30_000 })
  await expect.poll(() => mine.first().locator('.application-status').textContent()).toBe('面试')
  await expect.poll(() => mine.first().getByText(/面试安排：.*恒瑞厂区办公楼/).count()).toBeGreaterThan(0)
  await screenshot(page, 'jobs-flow-7-student-sees-interview')
  expect(failedApi).toEqual([])
})
