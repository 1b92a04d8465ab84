import { Writable } from 'node:stream'
import { createCollege, createEnterprise, createMember } from '@zhilian/db/factories'
import { auditSentence } from '@zhilian/shared'
import { TEMPORARY_PASSWORD_HOURS } from '@zhilian/shared/contracts/account'
import { SessionSchema } from '@zhilian/shared/contracts/auth'
import { MemberSignInResetSchema } from '@zhilian/shared/contracts/members'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appWith, createHarness, expectProblem, jsonInit, type Harness } from '../../testing/harness'
import { freshAddress } from '../../testing/student-accounts'

let h: Harness
beforeAll(async () => {
  h = await createHarness({ TRUST_PROXY: 'true' })
})
afterAll(() => h.close())

const OLD = 'Member2026go'
let seq = 0
const reset = (token: string, orgId: string, memberId: string, app = h.app) =>
  app.request(`/api/organizations/${orgId}/members/${memberId}/sign-in-reset`, jsonInit('POST', {}, { authorization: `Bearer ${token}` }))
const signIn = (json: { username: string; password: string; newPassword?: string }, app = h.app) =>
  app.request('/api/auth/password', jsonInit('POST', json, { 'x-forwarded-for': freshAddress() }))

/** A verified organisation with its owner and one member who signs in with a name and password. */
async function team(kind: 'enterprise' | 'college' = 'enterprise') {
  const org = kind === 'college' ? await createCollege(h.prisma) : await createEnterprise(h.prisma, { name: `淄博精工${++seq}` })
  const owner = await createMember(h.prisma, org, { isOwner: true, user: { displayName: '张总' } })
  const member = await createMember(h.prisma, org, { orgRole: 'hr', user: { displayName: '王招聘', username: `staff_${kind}_${++seq}`, password: OLD } })
  return { org, owner, ownerToken: await h.tokenFor(owner.user), member, memberToken: await h.tokenFor(member.user), username: member.user.username! }
}

async function resetOk(t: Awaited<ReturnType<typeof team>>) {
  const res = await reset(t.ownerToken, t.org.id, t.member.membership.id)
  expect(res.status).toBe(201)
  return MemberSignInResetSchema.parse(await res.json())
}

describe('POST /api/organizations/{id}/members/{memberId}/sign-in-reset (decision 063)', () => {
  it('gives the owner a temporary password once, ends the member’s sessions, and the first sign-in must set a new one', async () => {
    const t = await team()
    const shown = await resetOk(t)
    expect(shown).toMatchObject({ member: '王招聘', username: t.username })
    expect(Date.parse(shown.expiresAt) - Date.now()).toBeGreaterThan((TEMPORARY_PASSWORD_HOURS - 1) * 3_600_000)
    // Every session the member had ends; the old password is gone.
    await expectProblem(await h.clientAs(t.memberToken).api.me.$get(), 401, 'SESSION_EXPIRED')
    await expectProblem(await signIn({ username: t.username, password: OLD }), 401, 'INVALID_CREDENTIALS')
    // The temporary password opens no session by itself: whoever saw it (the owner) cannot act as the member.
    await expectProblem(await signIn({ username: t.username, password: shown.temporaryPassword }), 403, 'PASSWORD_CHANGE_REQUIRED')
    const weak = await expectProblem(await signIn({ username: t.username, password: shown.temporaryPassword, newPassword: `${t.username}1` }), 400, 'VALIDATION_FAILED')
    expect(weak.issues).toEqual([{ path: 'newPassword', message: '密码不能包含账号名' }])
    const res = await signIn({ username: t.username, password: shown.temporaryPassword, newPassword: 'MyOwn2027go' })
    expect(res.status).toBe(200)
    const session = SessionSchema.parse(await res.json())
    expect(session.user.id).toBe(t.member.user.id)
    expect((await h.clientAs(session.token).api.me.$get()).status).toBe(200)
    // Spent: the temporary password no longer signs in, the member's own does, without a further change.
    await expectProblem(await signIn({ username: t.username, password: shown.temporaryPassword }), 401, 'INVALID_CREDENTIALS')
    expect((await signIn({ username: t.username, password: 'MyOwn2027go' })).status).toBe(200)
  })

  it('audits the reset and the member’s new password as sentences that never carry the password', async () => {
    const t = await team()
    const shown = await resetOk(t)
    expect((await signIn({ username: t.username, password: shown.temporaryPassword, newPassword: 'MyOwn2027go' })).status).toBe(200)
    const log = await h.prisma.auditLog.findMany({ where: { OR: [{ orgId: t.org.id }, { entityId: t.member.user.id }] }, orderBy: { at: 'asc' } })
    expect(log.map((e) => e.action)).toEqual(['member.sign_in_reset', 'user.password.changed'])
    expect(log[0]!.actorUserId).toBe(t.owner.user.id)
    expect(auditSentence({ action: log[0]!.action, entity: log[0]!.entity, entityId: log[0]!.entityId, diff: log[0]!.diff })).toContain('重置“王招聘”的登录')
    expect(JSON.stringify(log)).not.toContain(shown.temporaryPassword)
    const stored = await h.prisma.user.findUniqueOrThrow({ where: { id: t.member.user.id } })
    expect(stored.passwordHash).not.toContain(shown.temporaryPassword)
    expect(stored.passwordTemporaryAt).toBeNull()
  })

  it('writes the temporary password into no log line, at the most verbose level', async () => {
    const lines: string[] = []
    const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done() } })
    const app = appWith(h, { logger: pino({ level: 'trace' }, sink) })
    const t = await team()
    const res = await reset(t.ownerToken, t.org.id, t.member.membership.id, app)
    const { temporaryPassword } = MemberSignInResetSchema.parse(await res.json())
    await signIn({ username: t.username, password: temporaryPassword }, app)
    expect((await signIn({ username: t.username, password: temporaryPassword, newPassword: 'MyOwn2027go' }, app)).status).toBe(200)
    expect(lines.length).toBeGreaterThanOrEqual(3)
    expect(lines.join('')).not.toContain(temporaryPassword)
  })

  it('answers another organisation’s member id with 404, through either organisation', async () => {
    const a = await team()
    const b = await team()
    await expectProblem(await reset(b.ownerToken, b.org.id, a.member.membership.id), 404, 'NOT_FOUND')
    await expectProblem(await reset(b.ownerToken, a.org.id, a.member.membership.id), 404, 'NOT_FOUND')
    await expectProblem(await reset(b.ownerToken, a.org.id, 'no-such-member'), 404, 'NOT_FOUND')
    expect((await signIn({ username: a.username, password: OLD })).status).toBe(200)
    expect(await h.prisma.auditLog.count({ where: { action: 'member.sign_in_reset', orgId: { in: [a.org.id, b.org.id] } } })).toBe(0)
  })

  it('never resets an owner: the caller’s own membership, or a member who owns another organisation', async () => {
    const a = await team()
    await expectProblem(await reset(a.ownerToken, a.org.id, a.owner.membership.id), 409, 'INVALID_TRANSITION')
    // B's owner is also a member of A (made directly: invitations refuse it): A's owner must not take B's owner over.
    const b = await team()
    const inA = await h.prisma.membership.create({ data: { userId: b.owner.user.id, orgId: a.org.id, status: 'verified', orgRole: 'viewer' } })
    await h.prisma.user.update({ where: { id: b.owner.user.id }, data: { username: `owner_b_${++seq}` } })
    const refused = await expectProblem(await reset(a.ownerToken, a.org.id, inA.id), 409, 'INVALID_TRANSITION')
    expect(refused.message).toContain('其他单位')
    expect((await h.clientAs(b.ownerToken).api.me.$get()).status).toBe(200)
  })

  it('lets only the owner reset, and only verified members with a sign-in name', async () => {
    const t = await team()
    await expectProblem(await reset(t.memberToken, t.org.id, t.owner.membership.id), 403, 'FORBIDDEN')
    const pending = await createMember(h.prisma, t.org, { status: 'pending', user: { username: `claimant_${++seq}`, password: OLD } })
    await expectProblem(await reset(t.ownerToken, t.org.id, pending.membership.id), 409, 'INVALID_TRANSITION')
    const wechatOnly = await createMember(h.prisma, t.org, { user: { username: null } })
    const noName = await expectProblem(await reset(t.ownerToken, t.org.id, wechatOnly.membership.id), 409, 'INVALID_TRANSITION')
    expect(noName.message).toContain('微信')
    // Administrators and students are no organisation's owner here.
    const student = await h.prisma.user.create({ data: { role: 'student', displayName: '学生' } })
    await expectProblem(await reset(await h.tokenFor(student), t.org.id, t.member.membership.id), 403, 'FORBIDDEN')
    expect((await signIn({ username: t.username, password: OLD })).status).toBe(200)
  })

  it('resets a college member the same way', async () => {
    const t = await team('college')
    const shown = await resetOk(t)
    expect((await signIn({ username: t.username, password: shown.temporaryPassword, newPassword: 'Teacher2027go' })).status).toBe(200)
  })

  it('lets a temporary password lapse after its hours, and a second reset win over the first', async () => {
    const t = await team()
    const first = await resetOk(t)
    const second = await resetOk(t)
    await expectProblem(await signIn({ username: t.username, password: first.temporaryPassword, newPassword: 'MyOwn2027go' }), 401, 'INVALID_CREDENTIALS')
    await h.prisma.user.update({ where: { id: t.member.user.id }, data: { passwordTemporaryAt: new Date(Date.now() - (TEMPORARY_PASSWORD_HOURS * 3_600_000 + 60_000)) } })
    const lapsed = await expectProblem(await signIn({ username: t.username, password: second.temporaryPassword, newPassword: 'MyOwn2027go' }), 401, 'INVALID_CREDENTIALS')
    expect(lapsed.message).toContain('临时密码已超过')
  })

  it('forgives the member’s failed sign-ins from every address, so the temporary password works at once (decision 064)', async () => {
    const t = await team()
    const other = await team()
    const at = (address: string) => ({ 'x-forwarded-for': address })
    const attempt = (username: string, password: string, address: string, newPassword?: string) =>
      h.app.request('/api/auth/password', jsonInit('POST', { username, password, ...(newPassword ? { newPassword } : {}) }, at(address)))
    const office = freshAddress()
    const phone = freshAddress()
    // The member forgets the password and locks the sign-in from the office; a colleague is locked out from there too.
    for (let i = 0; i < 5; i++) {
      expect((await attempt(t.username, `Wrong2026go${i}`, office)).status).toBe(401)
      expect((await attempt(other.username, `Wrong2026go${i}`, office)).status).toBe(401)
    }
    expect((await attempt(t.username, `Wrong2026go`, phone)).status).toBe(401)
    await expectProblem(await attempt(t.username, OLD, office), 429, 'RATE_LIMITED')
    const shown = await resetOk(t)
    await expectProblem(await attempt(t.username, shown.temporaryPassword, office), 403, 'PASSWORD_CHANGE_REQUIRED')
    expect((await attempt(t.username, shown.temporaryPassword, office, 'MyOwn2027go')).status).toBe(200)
    // Only this member's counts: the colleague's own failures from the office still hold.
    await expectProblem(await attempt(other.username, OLD, office), 429, 'RATE_LIMITED')
  })
})
