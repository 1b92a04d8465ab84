import { SessionSchema } from '@zhilian/shared/contracts/auth'
import { describe, expect, it } from 'vitest'
import { bearer, expectProblem, jsonInit, type TestApp } from '../../testing/harness'
import { raceInstances } from '../../testing/race-instances'
import { freshAddress, signUpStudent } from '../../testing/student-accounts'

/**
 * 关联网页账号 (decision 066) racing itself through two app instances, each with its own pool on PostgreSQL so the
 * two transactions truly overlap (on PGlite they run one at a time and the same outcomes must hold): however the
 * requests interleave, exactly one binding exists afterwards.
 */
const race = raceInstances({ TRUST_PROXY: 'true' })

const ROUNDS = 3
let seq = 0
const wechatSession = async (label: string) => {
  const openid = `o-link-race-${label}-${++seq}`
  const session = SessionSchema.parse(await (await race.h.client.api.auth.wechat.$post({ json: { code: race.h.fake.mintCode(openid) } })).json())
  return { ...session, openid }
}
const link = (app: TestApp, token: string, account: { username: string; password: string }) =>
  app.request('/api/account/link-web-account', jsonInit('POST', { username: account.username, password: account.password }, { ...bearer(token), 'x-forwarded-for': freshAddress() }))
const openidOf = async (id: string) => (await race.h.prisma.user.findUniqueOrThrow({ where: { id }, select: { openid: true } })).openid
const linkedEntries = (ids: string[]) => race.h.prisma.auditLog.count({ where: { action: 'user.wechat.linked', entityId: { in: ids } } })

describe('one WeChat account linked to two H5 accounts at once, on two instances', () => {
  it('binds exactly one of them; the WeChat account is retired once', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const [a, b] = [await signUpStudent(race.h), await signUpStudent(race.h)]
      const w = await wechatSession('one-to-two')
      const answers = await Promise.all([link(race.h.app, w.token, a), link(race.other, w.token, b)])
      const won = answers.findIndex((r) => r.status === 200)
      expect(won).toBeGreaterThanOrEqual(0)
      const lost = answers[1 - won]!
      // 409 when its transaction found the WeChat account already given up; 401 when its session was read after.
      if (lost.status === 409) await expectProblem(lost, 409, 'CONFLICT')
      else await expectProblem(lost, 401, 'UNAUTHENTICATED')
      const winner = [a, b][won]!
      expect(SessionSchema.parse(await answers[won]!.json()).user.id).toBe(winner.user.id)
      expect([await openidOf(a.user.id), await openidOf(b.user.id)]).toEqual(won === 0 ? [w.openid, null] : [null, w.openid])
      expect(await race.h.prisma.user.findUniqueOrThrow({ where: { id: w.user.id }, select: { openid: true, deletedAt: true } })).toMatchObject({ openid: null, deletedAt: expect.any(Date) })
      expect(await linkedEntries([a.user.id, b.user.id])).toBe(1)
    }
  })
})

describe('two WeChat accounts linked to one H5 account at once, on two instances', () => {
  it('binds exactly one; the other WeChat account is untouched and still signs in', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const a = await signUpStudent(race.h)
      const ws = [await wechatSession('two-to-one'), await wechatSession('two-to-one')] as const
      const answers = await Promise.all([link(race.h.app, ws[0].token, a), link(race.other, ws[1].token, a)])
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409])
      const won = answers[0].status === 200 ? 0 : 1
      const problem = await expectProblem(answers[1 - won]!, 409, 'CONFLICT')
      expect(problem.message).toContain('已关联了另一个微信')
      expect(await openidOf(a.user.id)).toBe(ws[won]!.openid)
      const loser = ws[1 - won]!
      expect(await race.h.prisma.user.findUniqueOrThrow({ where: { id: loser.user.id }, select: { openid: true, deletedAt: true } })).toEqual({ openid: loser.openid, deletedAt: null })
      expect((await race.h.clientAs(loser.token).api.me.$get()).status).toBe(200)
      expect(await linkedEntries([a.user.id])).toBe(1)
    }
  })
})
