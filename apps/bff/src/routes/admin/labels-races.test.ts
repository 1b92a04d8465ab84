import { openDatabase, type DbHandle, type Prisma } from '@zhilian/db'
import { createAdmin, createEnterprise, createMember } from '@zhilian/db/factories'
import { setTimeout as pause } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'

/**
 * Decision 100: 企业称号 verification (decision 096) while another transaction holds the claim's row, as a second
 * administrator's verification or the unit dropping the title on 单位资料 would. On PostgreSQL the held row makes the
 * request wait at its write, the moment that decided wrongly; PGlite runs one statement at a time, so there is no
 * such moment and these cases are skipped.
 */
const SERVER = process.env.DATABASE_URL?.trim()
let h: Harness
let other: DbHandle | undefined
let province: string
beforeAll(async () => {
  h = await createHarness({ RATE_LIMIT: 'off' })
  province = await h.tokenFor(await createAdmin(h.prisma))
  if (SERVER && h.db.kind === 'postgres' && h.db.url) other = await openDatabase({ url: h.db.url })
})
afterAll(async () => {
  await other?.close()
  await h.close()
})

async function claim() {
  const org = await createEnterprise(h.prisma, { labels: { create: [{ labelId: 'chain_leader', verified: false }] } })
  await createMember(h.prisma, org, { isOwner: true })
  return org
}
const verify = (orgId: string) =>
  h.clientAs(province).api.admin.organizations[':id'].labels[':labelId'].$put({ param: { id: orgId, labelId: 'chain_leader' }, json: { verified: true } })

/** Waits (polling, no deadline of its own) until a statement of this database waits for a row lock. */
async function someoneWaits(db: DbHandle) {
  for (;;) {
    const [row] = await db.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`
    if (row!.n > 0) return
    await pause(20)
  }
}

/** Holds the claim's row while the request runs into it, then does `meanwhile` and lets the request go on. */
async function whileHeld<T>(orgId: string, request: () => Promise<T>, meanwhile: (tx: Prisma.TransactionClient) => Promise<unknown>): Promise<T> {
  let answer: Promise<T> | undefined
  await other!.prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "OrgLabel" WHERE "orgId" = ${orgId} AND "labelId" = 'chain_leader' FOR UPDATE`
    answer = request()
    await someoneWaits(other!)
    await meanwhile(tx)
  }, { timeout: 120_000 })
  return answer!
}

describe.skipIf(!SERVER)('企业称号 verification racing other writes (decision 100, PostgreSQL)', () => {
  it('audits only the verification that changed the title: one arriving just after another changes nothing and says nothing', async () => {
    const org = await claim()
    // The holder stands for the first administrator, whose own request audits its change.
    const res = await whileHeld(org.id, () => verify(org.id), (tx) => tx.orgLabel.update({ where: { orgId_labelId: { orgId: org.id, labelId: 'chain_leader' } }, data: { verified: true } }))
    expect(res.status).toBe(200)
    expect(await h.prisma.orgLabel.findUniqueOrThrow({ where: { orgId_labelId: { orgId: org.id, labelId: 'chain_leader' } } })).toMatchObject({ verified: true })
    // Before: the second request had read the title unverified, wrote it again and audited 「核验…」 for it too.
    expect(await h.prisma.auditLog.count({ where: { orgId: org.id, action: 'organization.label_verify' } })).toBe(0)
  })

  it('answers 404 with a sentence, not a 500, when the unit dropped the title while the verification ran', async () => {
    const org = await claim()
    const res = await whileHeld(org.id, () => verify(org.id), (tx) => tx.orgLabel.delete({ where: { orgId_labelId: { orgId: org.id, labelId: 'chain_leader' } } }))
    // Before: the read found the claim, the update found no row (Prisma P2025), answered as INTERNAL.
    expect((await expectProblem(res, 404, 'NOT_FOUND')).message).toBe('该单位没有填报这个企业称号，请刷新页面后重试')
    expect(await h.prisma.auditLog.count({ where: { orgId: org.id } })).toBe(0)
  })
})
