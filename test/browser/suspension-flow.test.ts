/**
 * Decision 083 in Chromium on the phone (H5 build, real platform in demo mode, iPhone 13), as the platform
 * administrator demo_admin: 单位设置 → 暂停单位 asks for a reason, then for a confirmation naming the jobs that go
 * offline, and only then suspends; the unit's jobs leave the students' list and their detail; 恢复单位, confirmed in
 * turn, brings them back (decision 088: 083 had no walk).
 */
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { JobListPageSchema } from '@zhilian/shared/contracts/jobs'
import { screenshot } from '../lib/browser'
import { freshSession, phoneSession, sideways } from '../lib/phone-session'

const session = phoneSession()
const modalButton = (page: Page, button: string) =>
  page.locator('.taro-modal__foot, .taro-modal__footer, [class*="modal"]').getByText(button, { exact: true }).locator('visible=true').last()
const api = (path: string) => fetch(`${session.platform.url}${path}`)
const publicIds = async (orgId: string) =>
  JobListPageSchema.parse(await (await api('/api/jobs?limit=50')).json()).items.filter((j) => j.org.id === orgId).map((j) => j.id)

test('an administrator suspends a unit after confirming, its jobs leave the public list, and 恢复 brings them back', async () => {
  // A unit with open jobs on the students' list, as the demo seed has them.
  const first = JobListPageSchema.parse(await (await api('/api/jobs?limit=50')).json()).items[0]!
  const orgId = first.org.id
  const jobs = await publicIds(orgId)
  expect(jobs).toContain(first.id)
  const { context, page } = await freshSession(session, 'demo_admin')
  const failedApi: string[] = []
  page.on('response', (res) => { if (res.url().includes('/api/') && res.status() >= 500) failedApi.push(`${res.status()} ${res.url()}`) })
  try {
    await page.goto(`${session.platform.url}/#/pkg-admin/org/index?id=${orgId}`)
    const card = page.locator('[aria-label="暂停与恢复"] >> visible=true')
    await card.waitFor({ timeout: 90_000 })
    await card.scrollIntoViewIfNeeded()
    await page.waitForLoadState('networkidle')
    expect(await sideways(page)).toBeLessThanOrEqual(0)
    await screenshot(page, 'suspension-1-card')

    // ── 暂停单位: a reason first, then a confirmation that names the jobs going offline; nothing happens before it.
    const button = (label: string) => card.getByText(label, { exact: true }).last()
    await button('暂停单位').click()
    await card.getByText('请填写暂停原因（至少2个字），该单位成员会看到').waitFor({ timeout: 15_000 })
    await card.locator('input[name="suspension-reason"]').fill('冒用他人营业执照，核查期间暂停')
    await button('暂停单位').click()
    await page.getByText(/其在招岗位将下线\d+个/).locator('visible=true').first().waitFor({ timeout: 15_000 })
    await screenshot(page, 'suspension-2-confirm')
    expect(await publicIds(orgId)).toEqual(jobs)
    await modalButton(page, '暂停').click({ timeout: 15_000 })
    await card.getByText('单位已暂停', { exact: true }).waitFor({ timeout: 30_000 })
    await card.getByText(/暂停，原因：冒用他人营业执照，核查期间暂停。因暂停下线的岗位\d+个。/).waitFor()
    await screenshot(page, 'suspension-3-suspended')

    // ── Its jobs are gone from the students' list and from their detail.
    expect(await publicIds(orgId)).toEqual([])
    expect((await api(`/api/jobs/${first.id}`)).status).toBe(404)

    // ── 恢复单位, with its own reason and confirmation: the same jobs are back.
    await card.locator('input[name="suspension-reason"]').fill('核查无误，恢复')
    await button('恢复单位').click()
    await page.getByText(/因暂停下线的\d+个岗位将重新上线/).locator('visible=true').first().waitFor({ timeout: 15_000 })
    await modalButton(page, '恢复').click({ timeout: 15_000 })
    await card.getByText('暂停单位', { exact: true }).first().waitFor({ timeout: 30_000 })
    await screenshot(page, 'suspension-4-restored')
    expect((await publicIds(orgId)).sort()).toEqual([...jobs].sort())
    expect((await api(`/api/jobs/${first.id}`)).status).toBe(200)
    expect(failedApi).toEqual([])
  } finally {
    await context.close()
  }
}, 300_000)
