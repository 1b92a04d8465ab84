import { createEnterprise, createMember, createStudent } from '@zhilian/db/factories'
import { sign } from 'hono/jwt'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, bearer, expectProblem, type Harness } from '../../testing/harness'
import { createBaseApp } from '../create-app'
import { currentUser, requireAuth, requireVerifiedMember, SESSION_TTL_SECONDS } from './index'

let h: Harness
let app: ReturnType<typeof createBaseApp>

beforeAll(async () => {
  h = await createHarness()
  // A small app of its own, so the helpers are tested as other routes will use them.
  app = createBaseApp(h.deps)
  app.get('/orgs/:orgId/secret', requireAuth('enterprise'), (c) => {
    const user = requireVerifiedMember(c, c.req.param('orgId'))
    return c.json({ userId: user.id, orgIds: user.orgIds })
  })
  app.get('/anyone', requireAuth(), (c) => c.json({ role: currentUser(c).role }))
})
afterAll(() => h.close())

describe('requireAuth and requireVerifiedMember', () => {
  it('lets a verified member into their organisation only', async () => {
    const mine = await createEnterprise(h.prisma)
    const other = await createEnterprise(h.prisma)
    const { user } = await createMember(h.prisma, mine)
    const token = await h.tokenFor(user)
    const ok = await app.request(`/orgs/${mine.id}/secret`, { headers: bearer(token) })
    expect(await ok.json()).toEqual({ userId: user.id, orgIds: [mine.id] })
    await expectProblem(await app.request(`/orgs/${other.id}/secret`, { headers: bearer(token) }), 403, 'NOT_VERIFIED')
  })

  it('treats a pending membership as not verified, and picks up approval on the next request', async () => {
    const org = await createEnterprise(h.prisma)
    const { user, membership } = await createMember(h.prisma, org, { status: 'pending' })
    const token = await h.tokenFor(user)
    await expectProblem(await app.request(`/orgs/${org.id}/secret`, { headers: bearer(token) }), 403, 'NOT_VERIFIED')
    await h.prisma.membership.update({ where: { id: membership.id }, data: { status: 'verified' } })
    expect((await app.request(`/orgs/${org.id}/secret`, { headers: bearer(token) })).status).toBe(200)
  })

  it('refuses the wrong role with 403 and admits any role where none is named', async () => {
    const student = await createStudent(h.prisma)
    const token = await h.tokenFor(student)
    await expectProblem(await app.request('/orgs/x/secret', { headers: bearer(token) }), 403, 'FORBIDDEN')
    expect(await (await app.request('/anyone', { headers: bearer(token) })).json()).toEqual({ role: 'student' })
  })

  it('answers an expired token with SESSION_EXPIRED and a foreign signature with UNAUTHENTICATED', async () => {
    const student = await createStudent(h.prisma)
    const past = Math.floor(Date.now() / 1000) - 60
    const expired = await sign({ sub: student.id, role: 'student', tv: 0, exp: past }, h.keys.session, 'HS256')
    await expectProblem(await app.request('/anyone', { headers: bearer(expired) }), 401, 'SESSION_EXPIRED')
    const forged = await sign({ sub: student.id, role: 'admin', tv: 0, exp: past + 3600 }, 'x'.repeat(40), 'HS256')
    await expectProblem(await app.request('/anyone', { headers: bearer(forged) }), 401, 'UNAUTHENTICATED')
  })

  it('refuses a token signed with the master secret itself, or with the development constant of old', async () => {
    const student = await createStudent(h.prisma)
    const now = Math.floor(Date.now() / 1000)
    const claims = { sub: student.id, role: 'student', tv: 0, iat: now, exp: now + 3600 }
    for (const secret of [h.env.JWT_SECRET!, 'zhilian-development-secret-do-not-use-in-production']) {
      await expectProblem(await app.request('/anyone', { headers: bearer(await sign(claims, secret, 'HS256')) }), 401, 'UNAUTHENTICATED')
    }
    expect((await app.request('/anyone', { headers: bearer(await sign(claims, h.keys.session, 'HS256')) })).status).toBe(200)
  })

  it('honours no token past the maximum lifetime, whatever its exp says, and none without iat', async () => {
    const student = await createStudent(h.prisma)
    const now = Math.floor(Date.now() / 1000)
    const longLived = await sign({ sub: student.id, role: 'student', tv: 0, iat: now - SESSION_TTL_SECONDS - 60, exp: now + 10 * 365 * 86400 }, h.keys.session, 'HS256')
    await expectProblem(await app.request('/anyone', { headers: bearer(longLived) }), 401, 'SESSION_EXPIRED')
    const noIat = await sign({ sub: student.id, role: 'student', tv: 0, exp: now + 3600 }, h.keys.session, 'HS256')
    await expectProblem(await app.request('/anyone', { headers: bearer(noIat) }), 401, 'UNAUTHENTICATED')
    const fromTheFuture = await sign({ sub: student.id, role: 'student', tv: 0, iat: now + 86400, exp: now + 2 * 86400 }, h.keys.session, 'HS256')
    await expectProblem(await app.request('/anyone', { headers: bearer(fromTheFuture) }), 401, 'UNAUTHENTICATED')
  })
})
