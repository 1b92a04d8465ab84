import { createAdmin, createCollege, createEnterprise, createMember } from '@zhilian/db/factories'
import { auditSentence } from '@zhilian/shared'
import { AdminOrgSchema } from '@zhilian/shared/contracts/admin'
import { SessionSchema } from '@zhilian/shared/contracts/auth'
import { MemberSignInResetSchema } from '@zhilian/shared/contracts/members'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, jsonInit, type Harness } from '../../testing/harness'
import { freshAddress } from '../../testing/student-accounts'

/**
 * Decision 064: an administrator governing an organisation resets its owner's sign-in (the owner lost password and
 * recovery codes), through the same reset as an owner's for a member (decision 063).
 */
let h: Harness
beforeAll(async () => {
  h = await createHarness({ TRUST_PROXY: 'true' })
})
afterAll(() => h.close())

const JINAN = '370100'
const QINGDAO = '370200'
const OLD = 'Owner2026go'
let seq = 0
const reset = (token: string, orgId: string) =>
  h.app.request(`/api/admin/organizations/${orgId}/owner/sign-in-reset`, jsonInit('POST', {}, { authorization: `Bearer ${token}` }))
const signIn = (json: { username: string; password: string; newPassword?: string }, address = freshAddress()) =>
  h.app.request('/api/auth/password', jsonInit('POST', json, { 'x-forwarded-for': address }))
const admin = async (overrides: Parameters<typeof createAdmin>[1] = {}) => h.tokenFor(await createAdmin(h.prisma, overrides))

/** A verified unit in `cityCode` whose owner signs in with a name and password. */
async function unit(kind: 'enterprise' | 'college', cityCode: string) {
  const org = kind === 'college' ? await createCollege(h.prisma, { cityCode }) : await createEnterprise(h.prisma, { cityCode, name: `济南重工${++seq}` })
  const owner = await createMember(h.prisma, org, { isOwner: true, user: { displayName: '张总', username: `owner_${kind}_${++seq}`, password: OLD } })
  return { org, owner, ownerToken: await h.tokenFor(owner.user), username: owner.user.username! }
}

describe('POST /api/admin/organizations/{id}/owner/sign-in-reset (decision 064)', () => {
  it('lets the city’s industry bureau reset a local enterprise owner: sessions end, failures are forgiven, a new password is required', async () => {
    const u = await unit('enterprise', JINAN)
    const office = freshAddress()
    for (let i = 0; i < 5; i++) expect((await signIn({ username: u.username, password: `Wrong2026go${i}` }, office)).status).toBe(401)
    await expectProblem(await signIn({ username: u.username, password: OLD }, office), 429, 'RATE_LIMITED')
    const res = await reset(await admin({ adminDepartment: 'industry', adminCityCode: JINAN }), u.org.id)
    expect(res.status).toBe(201)
    const shown = MemberSignInResetSchema.parse(await res.json())
    expect(shown).toMatchObject({ member: '张总', username: u.username })
    await expectProblem(await h.clientAs(u.ownerToken).api.me.$get(), 401, 'SESSION_EXPIRED')
    await expectProblem(await signIn({ username: u.username, password: shown.temporaryPassword }, office), 403, 'PASSWORD_CHANGE_REQUIRED')
    const done = await signIn({ username: u.username, password: shown.temporaryPassword, newPassword: 'MyOwn2027go' }, office)
    expect(done.status).toBe(200)
    expect(SessionSchema.parse(await done.json()).user.id).toBe(u.owner.user.id)
  })

  it('audits the reset under the administrator, never with the password', async () => {
    const u = await unit('college', JINAN)
    const edu = await createAdmin(h.prisma, { adminDepartment: 'edu', adminCityCode: JINAN })
    const res = await reset(await h.tokenFor(edu), u.org.id)
    const { temporaryPassword } = MemberSignInResetSchema.parse(await res.json())
    const log = await h.prisma.auditLog.findMany({ where: { orgId: u.org.id } })
    expect(log.map((e) => [e.action, e.actorUserId, e.entityId])).toEqual([['member.owner_sign_in_reset', edu.id, u.owner.membership.id]])
    expect(auditSentence({ action: log[0]!.action, entity: log[0]!.entity, entityId: log[0]!.entityId, orgName: u.org.name, diff: log[0]!.diff })).toContain('负责人“张总”的登录')
    expect(JSON.stringify(log)).not.toContain(temporaryPassword)
  })

  it('lets the province reset any unit’s owner', async () => {
    const u = await unit('college', QINGDAO)
    expect((await reset(await admin(), u.org.id)).status).toBe(201)
  })

  it('answers 404 outside the administrator’s city or side, 403 to consortium administrators and everyone else', async () => {
    const u = await unit('enterprise', JINAN)
    const college = await unit('college', JINAN)
    await expectProblem(await reset(await admin({ adminDepartment: 'industry', adminCityCode: QINGDAO }), u.org.id), 404, 'NOT_FOUND')
    await expectProblem(await reset(await admin({ adminDepartment: 'edu', adminCityCode: JINAN }), u.org.id), 404, 'NOT_FOUND')
    await expectProblem(await reset(await admin({ adminDepartment: 'industry', adminCityCode: JINAN }), college.org.id), 404, 'NOT_FOUND')
    await expectProblem(await reset(await admin({ adminDepartment: 'edu' }), u.org.id), 404, 'NOT_FOUND')
    await expectProblem(await reset(await admin(), 'no-such-unit'), 404, 'NOT_FOUND')
    // A consortium administrator follows its members but decides nothing for them.
    const consortium = await h.prisma.grouping.create({ data: { kind: 'city_consortium', name: `济南装备联合体${++seq}`, cityCode: JINAN, members: { create: { orgId: u.org.id } } } })
    await expectProblem(await reset(await admin({ adminDepartment: 'grouping', adminGroupingId: consortium.id }), u.org.id), 403, 'FORBIDDEN')
    // Owners and students are no administrators, whichever unit they name.
    await expectProblem(await reset(college.ownerToken, u.org.id), 403, 'FORBIDDEN')
    await expectProblem(await reset(u.ownerToken, u.org.id), 403, 'FORBIDDEN')
    expect((await signIn({ username: u.username, password: OLD })).status).toBe(200)
    expect(await h.prisma.auditLog.count({ where: { action: 'member.owner_sign_in_reset', orgId: { in: [u.org.id, college.org.id] } } })).toBe(0)
  })

  it('refuses an owner who also acts for a unit outside the scope, and a unit without a resettable owner', async () => {
    const jinan = await unit('enterprise', JINAN)
    const qingdao = await createEnterprise(h.prisma, { cityCode: QINGDAO })
    await h.prisma.membership.create({ data: { userId: jinan.owner.user.id, orgId: qingdao.id, status: 'verified', orgRole: 'viewer' } })
    const bureau = await admin({ adminDepartment: 'industry', adminCityCode: JINAN })
    const elsewhere = await expectProblem(await reset(bureau, jinan.org.id), 409, 'INVALID_TRANSITION')
    expect(elsewhere.message).toContain('省级管理员')
    expect((await reset(await admin(), jinan.org.id)).status).toBe(201)

    const noOwner = await createEnterprise(h.prisma, { cityCode: JINAN })
    await createMember(h.prisma, noOwner, { isOwner: true, status: 'pending' })
    await expectProblem(await reset(bureau, noOwner.id), 409, 'INVALID_TRANSITION')
    const wechat = await createEnterprise(h.prisma, { cityCode: JINAN })
    await createMember(h.prisma, wechat, { isOwner: true, user: { username: null } })
    expect((await expectProblem(await reset(bureau, wechat.id), 409, 'INVALID_TRANSITION')).message).toContain('微信')
  })
})

/** Found on the way (decision 064): the organisation page the reset sits on read and changed units outside the scope. */
describe('the administrator’s organisation page keeps to the scope', () => {
  it('answers 404 for another city’s or side’s unit, and 403 to a consortium administrator’s 免审发布', async () => {
    const u = await unit('enterprise', JINAN)
    const page = (token: string) => h.app.request(`/api/admin/organizations/${u.org.id}`, { headers: { authorization: `Bearer ${token}` } })
    const trust = (token: string) => h.app.request(`/api/admin/organizations/${u.org.id}/trusted`, jsonInit('PUT', { trusted: true, reason: '链主企业' }, { authorization: `Bearer ${token}` }))
    const qingdao = await admin({ adminDepartment: 'industry', adminCityCode: QINGDAO })
    const jinanEdu = await admin({ adminDepartment: 'edu', adminCityCode: JINAN })
    await expectProblem(await page(qingdao), 404, 'NOT_FOUND')
    await expectProblem(await page(jinanEdu), 404, 'NOT_FOUND')
    await expectProblem(await trust(qingdao), 404, 'NOT_FOUND')
    await expectProblem(await trust(jinanEdu), 404, 'NOT_FOUND')
    const consortium = await h.prisma.grouping.create({ data: { kind: 'city_consortium', name: `济南装备联合体${++seq}`, cityCode: JINAN, members: { create: { orgId: u.org.id } } } })
    const member = await admin({ adminDepartment: 'grouping', adminGroupingId: consortium.id })
    const followed = await page(member)
    expect(followed.status).toBe(200)
    // Decision 069: the page learns from the answer what the server will refuse, and offers neither action.
    expect(AdminOrgSchema.parse(await followed.json()).may).toEqual({ setTrusted: false, resetOwnerSignIn: false, suspend: false, verifyLabels: false })
    await expectProblem(await trust(member), 403, 'FORBIDDEN')
    await expectProblem(await reset(member, u.org.id), 403, 'FORBIDDEN')
    const bureau = await admin({ adminDepartment: 'industry', adminCityCode: JINAN })
    const governed = await page(bureau)
    expect(governed.status).toBe(200)
    // A city bureau decides the forms but does not suspend units (decision 083).
    expect(AdminOrgSchema.parse(await governed.json()).may).toEqual({ setTrusted: true, resetOwnerSignIn: true, suspend: false, verifyLabels: true })
    expect((await trust(bureau)).status).toBe(200)
    expect((await h.prisma.organization.findUniqueOrThrow({ where: { id: u.org.id } })).trustedPoster).toBe(true)
  })
})

/**
 * Decision 069: one scope rule with one lookup (`assertOrgInScope`), which now looks the unit up for the province
 * too. Before, it skipped the province, so the owner reset kept a lookup of its own to answer 404 for an unknown id,
 * and the province's other reads by unit id answered an empty page for a unit that does not exist.
 */
describe('an unknown unit is outside every scope, the province’s too', () => {
  it('answers 404 to the province on every admin route that names a unit', async () => {
    const province = await admin()
    const auth = { authorization: `Bearer ${province}` }
    await expectProblem(await reset(province, 'no-such-unit'), 404, 'NOT_FOUND')
    await expectProblem(await h.app.request('/api/admin/organizations/no-such-unit', { headers: auth }), 404, 'NOT_FOUND')
    await expectProblem(await h.app.request('/api/admin/organizations/no-such-unit/trusted', jsonInit('PUT', { trusted: true, reason: '链主企业' }, auth)), 404, 'NOT_FOUND')
    await expectProblem(await h.app.request('/api/audit?orgId=no-such-unit', { headers: auth }), 404, 'NOT_FOUND')
  })
})
