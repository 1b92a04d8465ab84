import { createAdmin, createCollege, createEnterprise, createMember } from '@zhilian/db/factories'
import { AcceptTakerResultSchema, ChallengePageSchema, ChallengeTakerListSchema, ChallengeTakerSchema } from '@zhilian/shared/contracts/matching'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demandList } from '../../testing/analytics-fixtures'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'

let h: Harness
const t: Record<string, string> = {}
const ids: Record<string, string> = {}
const users: Record<string, string> = {}

beforeAll(async () => {
  h = await createHarness()
  const db = h.prisma
  const ent = await createEnterprise(db, { cityCode: '370200' })
  const rival = await createEnterprise(db)
  const pendingEnt = await createEnterprise(db, { verification: 'pending' })
  const [c1, c2, c3] = await Promise.all([createCollege(db), createCollege(db), createCollege(db)])
  const list = await demandList(db, ent.id)
  const hidden = await demandList(db, pendingEnt.id)
  const mk = (listId: string, title: string, chainId = 'SD-C02') => db.techChallenge.create({ data: { listId, title, problem: `${title}的技术问题`, target: '达到行业先进水平', chainId } })
  const open = await mk(list.id, '数控机床热变形补偿')
  const other = await mk(list.id, '锂电池极片缺陷检测', 'SD-C03')
  await mk(hidden.id, '未认证企业的难题')
  Object.assign(ids, { open: open.id, other: other.id, ent: ent.id, c1: c1.id, c2: c2.id })

  const m = {
    ent: (await createMember(db, ent)).user,
    rival: (await createMember(db, rival)).user,
    c1: (await createMember(db, c1)).user,
    c2: (await createMember(db, c2)).user,
    c3pending: (await createMember(db, c3, { status: 'pending' })).user,
    admin: await createAdmin(db),
  }
  for (const [k, u] of Object.entries(m)) {
    t[k] = await h.tokenFor(u)
    users[k] = u.id
  }
})
afterAll(() => h.close())

const challenges = (token: string) => h.clientAs(token).api.challenges
const take = (id: string, token: string, proposal = '我校数控团队拟采用热误差建模与实时补偿方案攻关') =>
  challenges(token)[':id'].takers.$post({ param: { id }, json: { proposal } })
const accept = (id: string, takerId: string, token: string) =>
  challenges(token)[':id'].takers[':takerId'].accept.$post({ param: { id, takerId } })

describe('揭榜挂帅', () => {
  it('lists open challenges of verified enterprises, filtered by chain and city', async () => {
    const all = ChallengePageSchema.parse(await (await challenges(t.c1!).$get({ query: {} })).json())
    expect(all.items.map((i) => i.id).sort()).toEqual([ids.open, ids.other].sort())
    const chain = ChallengePageSchema.parse(await (await challenges(t.c1!).$get({ query: { chainId: 'SD-C03' } })).json())
    expect(chain.items.map((i) => i.id)).toEqual([ids.other])
    const city = ChallengePageSchema.parse(await (await challenges(t.c1!).$get({ query: { cityCode: '370300' } })).json())
    expect(city.items).toEqual([])
    const page = ChallengePageSchema.parse(await (await challenges(t.c1!).$get({ query: { limit: 1 } })).json())
    expect(page.items).toHaveLength(1)
    // The cursor is opaque (lib/paging.ts): it leads to the other challenge and then to the end.
    const next = ChallengePageSchema.parse(await (await challenges(t.c1!).$get({ query: { limit: 1, cursor: page.nextCursor! } })).json())
    expect([...page.items, ...next.items].map((i) => i.id).sort()).toEqual([ids.open, ids.other].sort())
    expect(next.nextCursor).toBeNull()
  })

  it('refuses takers who are not verified college members, and an enterprise', async () => {
    await expectProblem(await take(ids.open!, t.c3pending!), 403, 'NOT_VERIFIED')
    await expectProblem(await take(ids.open!, t.ent!), 403, 'FORBIDDEN')
    await expectProblem(await take('nope', t.c1!), 404, 'NOT_FOUND')
    await expectProblem(await take(ids.open!, t.c1!, '太短'), 400, 'VALIDATION_FAILED')
  })

  it('takes, accepts one taker, declines the others and tells everyone', async () => {
    const a = ChallengeTakerSchema.parse(await (await take(ids.open!, t.c1!)).json())
    const res2 = await take(ids.open!, t.c2!)
    expect(res2.status).toBe(201)
    const b = ChallengeTakerSchema.parse(await res2.json())
    await expectProblem(await take(ids.open!, t.c1!), 409, 'DUPLICATE')
    expect(await h.prisma.inboxMessage.count({ where: { userId: users.ent } })).toBe(2)

    // Only the challenge's own enterprise may accept; to anyone else it does not exist.
    await expectProblem(await accept(ids.open!, a.id, t.rival!), 404, 'NOT_FOUND')
    await expectProblem(await accept(ids.open!, a.id, t.c1!), 403, 'FORBIDDEN')
    await expectProblem(await accept(ids.other!, a.id, t.ent!), 404, 'NOT_FOUND')

    const res = await accept(ids.open!, a.id, t.ent!)
    expect(res.status).toBe(200)
    const result = AcceptTakerResultSchema.parse(await res.json())
    expect(result).toMatchObject({ challenge: { status: 'taken' }, accepted: { id: a.id, status: 'accepted', collegeId: ids.c1 }, declined: 1 })
    const rows = await h.prisma.challengeTaker.findMany({ where: { challengeId: ids.open }, select: { id: true, status: true } })
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [a.id]: 'accepted', [b.id]: 'declined' })
    const inbox = async (u: string) => (await h.prisma.inboxMessage.findMany({ where: { userId: u }, select: { title: true } })).map((m) => m.title)
    expect(await inbox(users.c1!)).toEqual(['揭榜方案已被采纳'])
    expect(await inbox(users.c2!)).toEqual(['揭榜结果通知'])
    expect(await h.prisma.auditLog.count({ where: { entity: 'TechChallenge', entityId: ids.open, action: 'challenge.accept' } })).toBe(1)

    // Taken: off the board, closed to new takers, no second acceptance.
    await expectProblem(await accept(ids.open!, b.id, t.ent!), 409, 'INVALID_TRANSITION')
    await expectProblem(await take(ids.open!, t.c2!), 409, 'INVALID_TRANSITION')
    const board = ChallengePageSchema.parse(await (await challenges(t.c2!).$get({ query: {} })).json())
    expect(board.items.map((i) => i.id)).toEqual([ids.other])
  })

  it('lists the takers with their proposals to the challenge\'s enterprise and admins; to others it does not exist', async () => {
    const takers = (token: string, id = ids.open!) => challenges(token)[':id'].takers.$get({ param: { id } })
    const mine = ChallengeTakerListSchema.parse(await (await takers(t.ent!)).json())
    // Taken is not solved: the enterprise still has to validate the result (市场验题, decision 034).
    expect(mine.challenge).toEqual({ id: ids.open, title: '数控机床热变形补偿', status: 'taken', outcome: 'awaiting_validation', inProduction: null, effect: null })
    expect(mine.items.map((i) => [i.collegeId, i.status]).sort()).toEqual([[ids.c1, 'accepted'], [ids.c2, 'declined']].sort())
    expect(mine.items[0]!.proposal).toContain('热误差建模')
    expect((await takers(t.admin!)).status).toBe(200)
    expect(ChallengeTakerListSchema.parse(await (await takers(t.ent!, ids.other!)).json()).items).toEqual([])
    await expectProblem(await takers(t.rival!), 404, 'NOT_FOUND')
    await expectProblem(await takers(t.c1!), 403, 'FORBIDDEN')
    await expectProblem(await takers(t.ent!, 'nope'), 404, 'NOT_FOUND')
    // The notice a taker sends opens this list.
    const notice = await h.prisma.inboxMessage.findFirst({ where: { userId: users.ent }, select: { link: true } })
    expect(notice?.link).toBe(`/pkg-enterprise/challenge-takers/index?id=${ids.open}`)
  })

  // Decision 049: the same proposal sent eight times at once passed the duplicate check together; the unique index
  // stopped all but one, and those answered 500.
  it('takes a proposal sent eight times at once exactly once, answering the rest 409 DUPLICATE', async () => {
    const race = await h.prisma.techChallenge.create({ data: { listId: (await demandList(h.prisma, (await createEnterprise(h.prisma)).id)).id, title: '液压阀泄漏在线检测', problem: '液压阀泄漏在线检测的技术问题', target: '检出率达到99%', chainId: 'SD-C02' } })
    const results = await Promise.all(Array.from({ length: 8 }, () => take(race.id, t.c2!)))
    const statuses: number[] = results.map((r) => r.status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(7)
    for (const r of results.filter((x) => x.status !== 201)) await expectProblem(r, 409, 'DUPLICATE')
    expect(await h.prisma.challengeTaker.count({ where: { challengeId: race.id } })).toBe(1)
  })
})

