/**
 * Decision 098: the pages no newcomer had walked — 单位资料 (decision 091) for every smaller role, 登记合作项目's
 * 建立单位 (094), a suspended unit's pages (083) and the job search's 429 (093) — on a 360 × 640 touch phone with the
 * system text at 1.5×, with decision 084's checks on every screen (test/.artifacts/roles360-round10-*.png).
 */
import { usccCheckChar } from '@zhilian/shared'
import { expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { phoneSession } from '../lib/phone-session'
import { bffAs, look, open as openAt, phone360, see, settled } from '../lib/phone-360'

const session = phoneSession()
const open = (page: Page, route: string) => openAt(page, session.platform.url, route)
const phone = (username: string) => phone360(session, username, 640)

const as = (username: string) => bffAs(session, username)

const enterpriseId = async () => (await (await as('demo_enterprise'))<{ memberships: { org: { id: string } }[] }>('GET', '/api/me')).json.memberships[0]!.org.id

test('单位资料 for each smaller role, and 参展 refused to a 只读成员 with the reason, at 360 × 640 and 1.5× text', async () => {
  const problems: Record<string, unknown> = {}
  const orgId = await enterpriseId()
  const owner = await as('demo_enterprise')
  const filler = (await owner<{ members: { id: string; role: string }[] }>('GET', `/api/organizations/${orgId}/members`)).json.members.find((m) => m.role === 'list_filler')!
  for (const [who, username, role] of [['hr', 'demo_enterprise_hr', '招聘专员'], ['filler', 'demo_enterprise_filler', '清单填报员'], ['viewer', 'demo_enterprise_filler', '只读成员']] as const) {
    if (who === 'viewer') expect((await owner('PUT', `/api/organizations/${orgId}/members/${filler.id}/role`, { role: 'viewer' })).status).toBe(200)
    const { context, page } = await phone(username)
    try {
      await open(page, `/pkg-org/details/index?orgId=${orgId}`)
      await see(page, `您的角色（${role}）只能查看单位资料；负责人、业务管理员可以修改`)
      expect(await page.locator('.taro_page input:visible, .taro_page textarea:visible').count()).toBe(0)
      await look(page, `round10-${who}-details`, problems)
      if (who === 'viewer') {
        // Before: 「本单位尚未通过审核，暂不能参展」 about a verified unit.
        await open(page, '/pkg-enterprise/fairs/index')
        await see(page, '您在本单位的角色（只读成员）不能办理参展，请联系负责人、业务管理员、招聘专员')
        await look(page, 'round10-viewer-fairs', problems)
      }
    } finally {
      await context.close()
    }
  }
  expect((await owner('PUT', `/api/organizations/${orgId}/members/${filler.id}/role`, { role: 'list_filler' })).status).toBe(200)
  expect(problems).toEqual({})
}, 600_000)

test('a member of two units sees both under 建立单位, whole, at 360 × 640 and 1.5× text', async () => {
  // demo_newcomer becomes a 业务管理员 of the demo enterprise and registers a 科研院所 the platform approves.
  const orgId = await enterpriseId()
  const invitation = (await (await as('demo_enterprise'))<{ code: string }>('POST', `/api/organizations/${orgId}/invitations`, { role: 'manager' })).json
  const newcomer = await as('demo_newcomer')
  expect((await newcomer('POST', '/api/invitations/accept', { code: invitation.code })).status).toBe(200)
  const first17 = `12370300${String(Date.now()).slice(-8)}B`
  const institute = '淄博智能装备产业研究院'
  const registered = await newcomer<{ id: string }>('POST', '/api/organizations', { kind: 'research_institute', name: institute, uscc: first17 + usccCheckChar(first17), cityCode: '370300', chains: ['SD-C02'], contactName: '赵研究员', contactPhone: '13905331235' })
  expect(registered.status).toBe(201)
  const admin = await as('demo_admin')
  const queued = (await admin<{ items: { id: string; submittedAt: string }[] }>('GET', '/api/review/queue?kind=organization&limit=100')).json.items.find((i) => i.id === registered.json.id)!
  expect((await admin('POST', `/api/review/organization/${registered.json.id}/decision`, { decision: 'approve', submittedAt: queued.submittedAt })).status).toBe(200)

  const problems: Record<string, unknown> = {}
  const { context, page } = await phone('demo_newcomer')
  try {
    await open(page, '/pkg-projects/new/index')
    await see(page, '建立单位')
    await see(page, /请选择以哪家单位的名义登记本项目/)
    await settled(page)
    // Before: one chip row, 淄博恒瑞精密机械有 cut at the edge and the institute scrolled out of sight.
    for (const name of ['淄博恒瑞精密机械有限公司', institute]) {
      const box = (await page.getByText(name, { exact: true }).locator('visible=true').first().boundingBox())!
      expect(box.x, name).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width, name).toBeLessThanOrEqual(360)
    }
    await look(page, 'round10-two-units', problems)
  } finally {
    await context.close()
  }
  expect(problems).toEqual({})
}, 600_000)

test('a student searching too fast is told how long to wait', async () => {
  // Over the user's 120 searches a minute (decision 013), from the BFF; then 岗位 on the phone.
  // All at once, so the minute's window does not roll over between the searches and the page (it did, one by one).
  const student = await as('demo_student')
  const { context, page } = await phone('demo_student')
  const refused = page.getByText(/^搜索过于频繁/).locator('visible=true')
  try {
    // The counters are fixed windows: on a loaded machine the 121 can straddle a minute's end and none be refused, so
    // such a burst is tried again; at least one must have been refused.
    let refusals = 0
    for (let attempt = 0; attempt < 3 && (await refused.count()) === 0; attempt++) {
      const answers = await Promise.all(Array.from({ length: 121 }, (_, i) => student('GET', `/api/jobs?q=${attempt}-${i}`)))
      if (!answers.some((a) => a.status === 429)) continue
      refusals++
      await open(page, '/pages/jobs/index')
      await settled(page)
    }
    expect(refusals).toBeGreaterThan(0)
    // Before: 「搜索过于频繁，请稍后再试」, which does not say whether to wait a second or an hour.
    await see(page, /^搜索过于频繁，请 \d+ 秒后再试$/)
    await look(page, 'round10-search-429', {})
  } finally {
    await context.close()
  }
}, 300_000)

test('the owner of a suspended unit reads the suspension on its workbench, 单位资料 and 参展报名', async () => {
  const orgId = await enterpriseId()
  expect((await (await as('demo_admin'))('POST', `/api/admin/organizations/${orgId}/suspend`, { reason: '经核查存在虚假招聘信息，暂停整改' })).status).toBe(200)
  const problems: Record<string, unknown> = {}
  const { context, page } = await phone('demo_enterprise')
  try {
    await open(page, '/pkg-enterprise/index')
    await see(page, '本单位已被省级管理员暂停，原因：经核查存在虚假招聘信息，暂停整改。如有疑问，请联系省级管理员。')
    await look(page, 'round10-suspended-workbench', problems)
    await open(page, `/pkg-org/details/index?orgId=${orgId}`)
    await see(page, /暂停期间不能修改单位名称、统一社会信用代码和所在城市/)
    await look(page, 'round10-suspended-details', problems)
    // Before: 「本单位尚未通过审核，暂不能参展」 to a unit verified months ago.
    await open(page, '/pkg-enterprise/fairs/index')
    await see(page, '本单位已被省级管理员暂停，暂停期间不能参展；恢复后可再报名，如有疑问请联系省级管理员')
    await look(page, 'round10-suspended-fairs', problems)
  } finally {
    await context.close()
  }
  expect(problems).toEqual({})
}, 600_000)
