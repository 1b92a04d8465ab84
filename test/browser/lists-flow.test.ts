/**
 * Issues 4 and 11 end to end on the phone (H5 build, real BFF on a fresh embedded database): the demo
 * enterprise adds a job to its seeded 附件2, leaves and comes back to find its draft, confirms the job plan
 * and submits; the administrator approves the list (which publishes its jobs); students then find the job.
 * The demo college gives a major one more chain on its 附件1; once approved, that chain's dashboard and map
 * count the college and its students (decision 015), in the API and on the pages themselves.
 */
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { pageApi, screenshot } from '../lib/browser'
import { phoneSession } from '../lib/phone-session'

const session = phoneSession()

const JOB_TITLE = '智能产线运维技术员（清单填报测试）'

async function signInAs(page: Page, card: string) {
  await page.evaluate(() => localStorage.clear())
  await page.goto(`${session.platform.url}/#/pages/login/index`)
  await page.getByText(card).first().click()
  await expect.poll(() => page.evaluate(() => localStorage.getItem('zl.token')), { timeout: 30_000 }).toBeTruthy()
}

const field = (page: Page, label: string) => page.locator('.lf-field').filter({ has: page.getByText(label, { exact: true }) }).last()
const type = (page: Page, name: string, value: string) => page.locator(`input[name="${name}"], textarea[name="${name}"]`).first().fill(value)
/** Opens the list form's steps (one row, decision 073) and picks one. */
async function jumpTo(page: Page, label: string) {
  await page.locator('.lf-steps__current').click()
  await page.locator('.lf-steps__menu').getByText(label, { exact: true }).click()
}
const confirmModal = (page: Page, button: string) => page.locator('.taro-modal__foot, .taro-modal__footer, [class*="modal"]').getByText(button, { exact: true }).last().click()

test('an enterprise fills and submits its demand list, the admin approves it, students see the job', async () => {
  const page = await session.context.newPage()
  await page.goto(`${session.platform.url}/#/pages/login/index`)
  await signInAs(page, '以企业身份体验')
  const mine = await pageApi<{ org: { id: string; name: string } }>(page, '/api/demand-lists/mine')
  const orgs = await pageApi<{ items: { id: string; uscc: string }[] }>(page, '/api/organizations/mine')
  const uscc = orgs.items.find((o) => o.id === mine.org.id)!.uscc

  await page.goto(`${session.platform.url}/#/pkg-enterprise/demand-list/index`)
  await expect.poll(() => page.locator('input[name="filledBy"]').count(), { timeout: 30_000 }).toBe(1)

  // 基本信息
  await type(page, 'filledBy', '王强')
  await type(page, 'filledByPhone', '13800138000')
  await type(page, 'org.name', mine.org.name)
  await type(page, 'org.uscc', uscc.slice(0, 10))
  await expect.poll(() => page.getByText('统一社会信用代码应为18位').count()).toBe(1)
  await type(page, 'org.uscc', uscc)
  await expect.poll(() => page.getByText('统一社会信用代码校验通过').count()).toBe(1)
  await field(page, '企业性质').getByText('民营企业', { exact: true }).click()
  await type(page, 'org.contactName', '王强')
  await type(page, 'org.contactPhone', '13800138000')
  await type(page, 'org.contactTitle', '人力资源部经理')
  await type(page, 'org.contactEmail', 'hr@example.com')
  await page.getByText('保存并下一步').click()

  // 岗位需求: the seeded list's jobs are there; one more is added. The step opens once the save
  // answered, so the jobs are counted only after it is on screen.
  await expect.poll(() => page.locator('.lf-steps__name').textContent(), { timeout: 15_000 }).toContain('岗位需求')
  const titles = page.locator('input[name^="jobs."][name$=".title"]')
  await expect.poll(() => titles.count()).toBeGreaterThan(0)
  const n = await titles.count()
  await page.getByText('添加岗位').click()
  await type(page, `jobs.${n}.title`, JOB_TITLE)
  await field(page, '岗位类型').getByText('全职', { exact: true }).click()
  await type(page, `jobs.${n}.headcount`, '6')
  await field(page, '学历要求').getByText('大专/高职', { exact: true }).click()
  await type(page, `jobs.${n}.minYearsExperience`, '0')
  await field(page, '工作城市').getByText('淄博市', { exact: true }).click()
  await type(page, `jobs.${n}.salaryMin`, '6000')
  await type(page, `jobs.${n}.salaryMax`, '9000')
  await type(page, `jobs.${n}.description`, '负责智能产线设备的日常运维、点检与故障排除。')
  await type(page, `jobs.${n}.majorCodes.search`, '机电一体化')
  await page.locator('.lf-major__item').first().click()
  await page.getByText('添加技能点').last().click()
  await type(page, `jobs.${n}.skills.0.name`, 'PLC编程与调试')
  await field(page, '等级要求').getByText('中级', { exact: true }).click()
  await page.getByText('保存并下一步').click()
  await expect.poll(() => page.locator('.lf-steps__name').textContent(), { timeout: 15_000 }).toContain('培训需求')

  // Leave the page and come back as after closing the app: a reload leaves one page instance
  // (hash navigation alone keeps the old one in Taro's page stack) and nothing in memory.
  await page.goto(`${session.platform.url}/#/pages/home/index`)
  await page.goto(`${session.platform.url}/#/pkg-enterprise/demand-list/index`)
  await page.reload()
  // The form opens on the step it was left on (decision 068); the earlier steps hold what was saved.
  await expect.poll(() => page.locator('.lf-steps__name').textContent(), { timeout: 30_000 }).toContain('培训需求')
  await jumpTo(page, '1. 基本信息')
  await expect.poll(() => page.locator('input[name="filledBy"]').inputValue(), { timeout: 30_000 }).toBe('王强')
  await jumpTo(page, '2. 岗位需求')
  await expect.poll(() => page.locator(`input[name="jobs.${n}.title"]`).inputValue()).toBe(JOB_TITLE)
  await screenshot(page, 'lists-demand-restored')

  await jumpTo(page, '3. 培训需求')
  await page.getByText('保存并下一步').click()
  await field(page, '合作模式期望（可多选）').getByText('订单班', { exact: true }).click()
  await page.getByText('保存并检查').click()
  await expect.poll(() => page.getByText('必填内容已齐全，可以提交').count(), { timeout: 15_000 }).toBe(1)
  await page.getByText('提交审核').click()
  // The confirm step names exactly the live jobs the submission changes.
  await expect.poll(() => page.getByText(`新增岗位1个：「${JOB_TITLE}」`, { exact: false }).count(), { timeout: 30_000 }).toBe(1)
  await confirmModal(page, '提交')
  await expect.poll(async () => (await pageApi<{ list: { status: string } }>(page, '/api/demand-lists/mine')).list.status, { timeout: 30_000 }).toBe('submitted')
  await screenshot(page, 'lists-demand-submitted')

  // The administrator approves the list; approving it is the review of its jobs.
  await signInAs(page, '以管理员身份体验')
  await page.goto(`${session.platform.url}/#/pkg-admin/review/index`)
  // One page instance: hash navigation keeps the previous one in Taro's page stack, and the tab and
  // button clicks below must reach the queue that is on screen.
  await page.reload()
  await page.getByText('需求清单', { exact: true }).click()
  const listCard = page.locator('.review-item').filter({ hasText: mine.org.name })
  await expect.poll(() => listCard.count(), { timeout: 30_000 }).toBeGreaterThan(0)
  await listCard.first().getByText('通过', { exact: true }).click()
  await confirmModal(page, '通过')
  await expect.poll(() => listCard.count(), { timeout: 30_000 }).toBe(0)
  await screenshot(page, 'lists-admin-approved')

  // Students (anyone) now find the job in the listing.
  const jobs = (await (await fetch(`${session.platform.url}/api/jobs?q=${encodeURIComponent('智能产线运维技术员')}`)).json()) as { items: { title: string }[] }
  expect(jobs.items.map((j) => j.title)).toContain(JOB_TITLE)
}, 300_000)

type ChainRow = { chainId: string; colleges: number; enrolment: number }
type ChainDetail = { supply: { byCollege: { collegeId: string }[] } }
type MapData = { cities: { adcode: string; enrolment: number }[] }

test('a college gives a major one more chain on the phone; once approved, that chain counts it on the dashboard and the map', async () => {
  const page = await session.context.newPage()
  await page.goto(`${session.platform.url}/#/pages/login/index`)
  await signInAs(page, '以院校身份体验')
  const mine = await pageApi<{ org: { id: string }; draft: { year: number; majors: { majorCode: string; chainIds?: string[] }[]; enrolments: { majorCode: string; count: number }[] } }>(page, '/api/supply-lists/mine')
  const year = mine.draft.year
  const major = mine.draft.majors[0]!
  const chains = await pageApi<{ items: { id: string; name: string }[] }>(page, '/api/reference/chains')
  const target = chains.items.find((c) => !(major.chainIds ?? []).includes(c.id))!
  const students = mine.draft.enrolments.filter((e) => e.majorCode === major.majorCode).reduce((s, e) => s + e.count, 0)

  await signInAs(page, '以管理员身份体验')
  const counted = async () => (await pageApi<ChainDetail>(page, `/api/analytics/chains/${target.id}?year=${year}`)).supply.byCollege.some((c) => c.collegeId === mine.org.id)
  const row = async () => (await pageApi<{ items: ChainRow[] }>(page, `/api/analytics/chains?year=${year}`)).items.find((r) => r.chainId === target.id)!
  const tile = async () => (await pageApi<MapData>(page, `/api/map?chainId=${target.id}&year=${year}`)).cities.find((c) => c.adcode === '370300')?.enrolment ?? 0
  const wasCounted = await counted()
  const before = { row: await row(), tile: await tile() }

  await signInAs(page, '以院校身份体验')
  await page.goto(`${session.platform.url}/#/pkg-college/supply-list/index`)
  await page.reload()
  await expect.poll(() => page.locator('input[name="filledBy"]').count(), { timeout: 30_000 }).toBe(1)
  await jumpTo(page, '2. 专业与人才')
  const chips = page.locator('.lf-row').first().locator('.lf-field').filter({ has: page.getByText('服务产业链', { exact: true }) })
  // Prefilled from the chain–major map (or the list): the major's chains are on.
  await expect.poll(() => chips.locator('.lf-chip--on').count(), { timeout: 30_000 }).toBeGreaterThan(0)
  await chips.getByText(target.name, { exact: true }).click()
  await expect.poll(() => chips.locator('.lf-chip--on').filter({ hasText: target.name }).count()).toBe(1)
  await screenshot(page, 'lists-supply-chain-chips')
  // Each save answers before the next step opens: a second tap while the first is saving lands on a busy button.
  await page.getByText('保存并下一步').click()
  await expect.poll(() => page.locator('.lf-steps__name').textContent(), { timeout: 30_000 }).toBe('3. 设备与共享')
  await page.getByText('保存并下一步').click()
  await expect.poll(() => page.locator('.lf-steps__name').textContent(), { timeout: 30_000 }).toBe('4. 科研与服务')
  await page.getByText('保存并检查').click()
  await expect.poll(() => page.getByText('必填内容已齐全，可以提交').count(), { timeout: 30_000 }).toBe(1)
  await page.getByText('提交审核').click()
  await confirmModal(page, '提交')
  await expect.poll(async () => (await pageApi<{ list: { status: string } }>(page, '/api/supply-lists/mine')).list.status, { timeout: 30_000 }).toBe('submitted')

  await signInAs(page, '以管理员身份体验')
  // In review, nothing public moves.
  expect((await row()).colleges).toBe(before.row.colleges)
  await page.goto(`${session.platform.url}/#/pkg-admin/review/index`)
  await page.reload()
  await page.getByText('供给清单', { exact: true }).click()
  const card = page.locator('.review-item').filter({ hasText: '淄博职业学院' })
  await expect.poll(() => card.count(), { timeout: 30_000 }).toBeGreaterThan(0)
  await card.first().getByText('通过', { exact: true }).click()
  await confirmModal(page, '通过')
  await expect.poll(counted, { timeout: 30_000 }).toBe(true)
  const after = { row: await row(), tile: await tile() }
  expect(after.row.colleges - before.row.colleges).toBe(wasCounted ? 0 : 1)
  // The report's method (analytics/balance.ts) shares a row serving n chains equally among them.
  const share = students / ((major.chainIds?.length ?? 0) + 1)
  expect(Math.abs(after.row.enrolment - before.row.enrolment - share)).toBeLessThanOrEqual(0.5)
  expect(Math.abs(after.tile - before.tile - share)).toBeLessThanOrEqual(0.5)

  // The pages an official reads show the same: the chain's dashboard counts the colleges, the map's 淄博 panel lists the college.
  await page.goto(`${session.platform.url}/#/pkg-province/analytics/index`)
  await page.reload()
  await page.locator('.year-chip').filter({ hasText: target.name }).first().click()
  await expect.poll(() => page.getByText(`${target.name}（${year}年）`).count(), { timeout: 30_000 }).toBeGreaterThan(0)
  await expect.poll(() => page.locator('.province__line').filter({ hasText: `院校 ${after.row.colleges} 所` }).count(), { timeout: 30_000 }).toBeGreaterThan(0)
  await screenshot(page, 'lists-chain-dashboard-after')
  await page.goto(`${session.platform.url}/#/pkg-province/map/index`)
  await page.reload()
  await page.locator('.chain-chip').filter({ hasText: target.name }).first().click()
  await page.locator('[data-adcode="370300"]').first().click()
  const panel = page.locator('.city-panel')
  await expect.poll(async () => (await panel.count()) > 0 ? panel.first().textContent() : '', { timeout: 30_000 }).toContain(`在校生 ${after.tile} 人`)
  expect(await panel.first().textContent()).toContain('淄博职业学院：')
  await screenshot(page, 'lists-map-zibo-after')
}, 400_000)
