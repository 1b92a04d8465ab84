import { openDatabase } from '@zhilian/db'
import { SessionSchema } from '@zhilian/shared/contracts/auth'
import { describe, expect, it } from 'vitest'
import { heldData } from '../../privacy/held-data'
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

/**
 * Decision 069: a record the WeChat account writes while the link runs. Its request authenticated before the link
 * committed, so only the database can still refuse it (migration 20261206120000_no_rows_for_retired_users): before,
 * the insert's foreign-key check waited for the link and then succeeded, and the record sat on the retired account,
 * seen from nowhere.
 */
const RESUME = {
  realName: '微信同学', collegeId: null, majorCode: null, grade: 2, graduationYear: 2028, education: 'associate', skills: ['PLC编程'],
  certificates: [], expectedCities: [], expectedChains: [], intro: null, phone: null,
}
const saveResume = (app: TestApp, token: string) => app.request('/api/profile', jsonInit('PUT', RESUME, bearer(token)))
/** The invariant: an account the link retired holds nothing, whatever ran beside it. */
const retiredHoldsNothing = async (userId: string) => {
  const row = await race.h.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { deletedAt: true } })
  if (row.deletedAt) expect(await heldData(race.h.prisma, userId)).toEqual([])
}

describe('a record written by the WeChat account while it is linked (decision 069)', () => {
  it('lands on the WeChat account before the link (which then refuses) or nowhere, on two instances', async () => {
    for (let round = 0; round < ROUNDS * 2; round++) {
      const a = await signUpStudent(race.h)
      const w = await wechatSession('write-vs-link')
      const [linked, saved] = await Promise.all([link(race.h.app, w.token, a), saveResume(race.other, w.token)])
      await retiredHoldsNothing(w.user.id)
      if (linked.status === 200) {
        // The résumé came second: refused as the caller's own retired account (401), nothing written.
        await expectProblem(saved, 401, 'UNAUTHENTICATED')
      } else {
        // The résumé came first: the link saw it and moved nothing.
        expect(saved.status).toBe(200)
        expect((await expectProblem(linked, 409, 'CONFLICT')).message).toContain('设置网页登录')
        expect(await openidOf(w.user.id)).toBe(w.openid)
      }
    }
  })

  /**
   * The window itself, every time (PostgreSQL, where a third connection can hold a lock): a SHARE lock on the résumé
   * table holds the WeChat account's save after it authenticated and before its insert; the link runs to its commit
   * meanwhile (its own read of the table is not blocked); then the save goes on. Without the migration the save
   * answered 200 and the retired account held a résumé.
   */
  it('refuses a résumé whose request authenticated before the link committed and wrote after', async (ctx) => {
    if (race.h.db.kind !== 'postgres' || !race.h.db.url) return ctx.skip()
    const a = await signUpStudent(race.h)
    const w = await wechatSession('window')
    const holder = await openDatabase({ url: race.h.db.url })
    try {
      let release = () => {}
      const released = new Promise<void>((resolve) => { release = resolve })
      let locked = () => {}
      const isLocked = new Promise<void>((resolve) => { locked = resolve })
      const holding = holder.prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe('LOCK TABLE "StudentProfile" IN SHARE MODE')
        locked()
        await released
      }, { timeout: 120_000, maxWait: 120_000 })
      await isLocked
      const saving = saveResume(race.other, w.token)
      await waitUntilBlocked('StudentProfile')
      const linked = await link(race.h.app, w.token, a)
      release()
      await holding
      expect(linked.status).toBe(200)
      await expectProblem(await saving, 401, 'UNAUTHENTICATED')
      expect(await heldData(race.h.prisma, w.user.id)).toEqual([])
      expect(await race.h.prisma.studentProfile.count({ where: { userId: { in: [w.user.id, a.user.id] } } })).toBe(0)
    } finally {
      await holder.close()
    }
  })
})

/** Waits (by polling pg_locks, no clock in any assertion) until a statement of this database waits for a lock on `table`. */
async function waitUntilBlocked(table: string) {
  for (let i = 0; i < 2000; i++) {
    const [row] = await race.h.prisma.$queryRaw<{ waiting: bigint }[]>`
      SELECT count(*) AS "waiting" FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
      WHERE NOT l.granted AND c.relname = ${table} AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`
    if (Number(row?.waiting ?? 0) > 0) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`no statement came to wait for ${table}`)
}
