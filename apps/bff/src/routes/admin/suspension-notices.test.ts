import { createAdmin, createEnterprise, createJob, createStudent } from '@zhilian/db/factories'
import { InboxPageSchema } from '@zhilian/shared/contracts/inbox'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { bearer, createHarness, jsonInit, type Harness } from '../../testing/harness'

/**
 * Decision 108 (a leftover of 101): a student whose application waits on a job that goes offline with its suspended
 * unit hears of it in the inbox — once per application, however often the department taps, and again once when 恢复
 * brings the job back. Applications already ended and jobs the unit had paused itself say nothing.
 */
let h: Harness
let province: string
beforeAll(async () => {
  h = await createHarness({ RATE_LIMIT: 'off' })
  province = await h.tokenFor(await createAdmin(h.prisma))
})
afterAll(() => h.close())

const post = (id: string, action: 'suspend' | 'restore') =>
  h.app.request(`/api/admin/organizations/${id}/${action}`, jsonInit('POST', { reason: '核查发现营业执照系冒用' }, bearer(province)))

async function inbox(userId: string) {
  const page = InboxPageSchema.parse(await (await h.clientAs(await h.tokenFor({ id: userId, role: 'student' })).api.inbox.$get({ query: { limit: 50 } })).json())
  return page.items.map((m) => ({ title: m.title, body: m.body, link: m.link })).sort((a, b) => a.body.localeCompare(b.body))
}

it('tells each waiting application once when its job goes offline with the unit, and once when it comes back', async () => {
  const org = await createEnterprise(h.prisma, { name: '东营通知装备有限公司' })
  const job = (title: string, status: 'open' | 'paused' = 'open') => createJob(h.prisma, { orgId: org.id, title, status, closesAt: new Date(Date.now() + 30 * 86_400_000) })
  const [welder, fitter, pausedByHand] = [await job('焊接机器人操作员'), await job('设备钳工'), await job('仓库管理员', 'paused')]
  const [both, withdrew, other] = [await createStudent(h.prisma), await createStudent(h.prisma), await createStudent(h.prisma)]
  const apply = (studentUserId: string, jobId: string, status: 'submitted' | 'interview' | 'withdrawn' = 'submitted') =>
    h.prisma.application.create({ data: { jobId, studentUserId, status, consentAt: new Date(), consentText: '同意向该企业提供简历' } })
  const a1 = await apply(both.id, welder.id)
  const a2 = await apply(both.id, fitter.id, 'interview')
  await apply(withdrew.id, welder.id, 'withdrawn')
  await apply(other.id, pausedByHand.id)

  // Two taps at once and a third later: one suspension, so one message per application.
  const taps = await Promise.all([post(org.id, 'suspend'), post(org.id, 'suspend')])
  expect(taps.map((r) => r.status).sort()).toEqual([200, 409])
  expect((await post(org.id, 'suspend')).status).toBe(409)
  expect(await inbox(both.id)).toEqual([
    { title: '投递的岗位已下线', body: '您投递的「焊接机器人操作员」（东营通知装备有限公司）已随该单位被主管部门暂停而下线。您的投递记录仍保留，单位恢复后岗位重新上线，可在「我的投递」查看。', link: `/pages/applications/index?id=${a1.id}` },
    { title: '投递的岗位已下线', body: '您投递的「设备钳工」（东营通知装备有限公司）已随该单位被主管部门暂停而下线。您的投递记录仍保留，单位恢复后岗位重新上线，可在「我的投递」查看。', link: `/pages/applications/index?id=${a2.id}` },
  ].sort((a, b) => a.body.localeCompare(b.body)))
  expect(await inbox(withdrew.id)).toEqual([])
  expect(await inbox(other.id)).toEqual([])

  expect((await post(org.id, 'restore')).status).toBe(200)
  expect((await post(org.id, 'restore')).status).toBe(409)
  const after = await inbox(both.id)
  expect(after.filter((m) => m.title === '投递的岗位已下线')).toHaveLength(2)
  expect(after.filter((m) => m.title === '投递的岗位已重新上线').map((m) => m.body).sort()).toEqual([
    '您投递的「焊接机器人操作员」（东营通知装备有限公司）已随该单位恢复而重新上线，您的投递继续有效。',
    '您投递的「设备钳工」（东营通知装备有限公司）已随该单位恢复而重新上线，您的投递继续有效。',
  ])
  expect(await inbox(withdrew.id)).toEqual([])
  expect(await inbox(other.id)).toEqual([])
})
