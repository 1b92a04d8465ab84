import { createAdmin, createCollege, createEnterprise, createMember } from '@zhilian/db/factories'
import { ChallengeValidationSchema, type ValidateChallengeBody } from '@zhilian/shared/contracts/projects'
import { SupplyDemandReportSchema } from '@zhilian/shared/contracts/reports'
import { challengeOutcome } from '@zhilian/shared/rules/projects'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demandList } from '../../testing/analytics-fixtures'
import { solvedChallengeWhere } from '../../lib/outcomes'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'

/** 市场验题 (decision 034): a challenge is not solved when a taker is accepted, only when its enterprise validated the result in production. */
let h: Harness
const t: Record<string, string> = {}
const ids: Record<string, string> = {}

beforeAll(async () => {
  h = await createHarness()
  const db = h.prisma
  const ent = await createEnterprise(db)
  const rival = await createEnterprise(db)
  const col = await createCollege(db)
  const list = await demandList(db, ent.id)
  const mk = async (title: string) => {
    const ch = await db.techChallenge.create({ data: { listId: list.id, title, problem: `${title}的问题`, target: '达到行业先进水平', chainId: 'SD-C02' } })
    const taker = await db.challengeTaker.create({ data: { challengeId: ch.id, collegeOrgId: col.id, proposal: '我校团队攻关方案' } })
    return { id: ch.id, taker: taker.id }
  }
  const [solved, shelved, roles] = [await mk('焊缝缺陷视觉识别'), await mk('刀具磨损预测'), await mk('余热回收效率提升')]
  Object.assign(ids, { solved: solved.id, solvedTaker: solved.taker, shelved: shelved.id, shelvedTaker: shelved.taker, roles: roles.id, rolesTaker: roles.taker })
  const member = async (orgRole: 'hr' | 'list_filler' | 'viewer') => (await createMember(db, ent, { orgRole })).user
  for (const [k, u] of Object.entries({
    ent: (await createMember(db, ent)).user, rival: (await createMember(db, rival)).user, col: (await createMember(db, col)).user, admin: await createAdmin(db),
    hr: await member('hr'), filler: await member('list_filler'), viewer: await member('viewer'),
  })) {
    t[k] = await h.tokenFor(u)
  }
})
afterAll(() => h.close())

const validate = (id: string, token: string, json: ValidateChallengeBody = { inProduction: true, effect: '焊缝漏检率由3%降至0.6%', effectValue: 2.4, effectUnit: '个百分点' }) =>
  h.clientAs(token).api.challenges[':id'].validation.$post({ param: { id }, json })
const accept = (id: string, takerId: string) => h.clientAs(t.ent!).api.challenges[':id'].takers[':takerId'].accept.$post({ param: { id, takerId } })
const solvedInReport = async () =>
  SupplyDemandReportSchema.parse(await (await h.clientAs(t.admin!).api.reports[':year'].$get({ param: { year: '2026' } })).json()).province.innovation.solved
const outcomeOf = async (id: string) => challengeOutcome(await h.prisma.techChallenge.findUniqueOrThrow({ where: { id }, select: { status: true, validatedAt: true, inProduction: true } }))

describe('市场验题', () => {
  it('counts a challenge as solved only after its enterprise validated the result in production', async () => {
    expect(await outcomeOf(ids.solved!)).toBe('open')
    await expectProblem(await validate(ids.solved!, t.ent!), 409, 'INVALID_TRANSITION')
    expect((await accept(ids.solved!, ids.solvedTaker!)).status).toBe(200)
    // Accepted is not solved: nothing counts it yet.
    expect(await outcomeOf(ids.solved!)).toBe('awaiting_validation')
    expect(await h.prisma.techChallenge.count({ where: { id: ids.solved!, ...solvedChallengeWhere } })).toBe(0)
    expect(await solvedInReport()).toBe(0)

    const res = await validate(ids.solved!, t.ent!)
    expect(res.status).toBe(200)
    expect(ChallengeValidationSchema.parse(await res.json())).toMatchObject({ outcome: 'solved', inProduction: true, effectValue: 2.4, effectUnit: '个百分点' })
    expect(await outcomeOf(ids.solved!)).toBe('solved')
    expect(await h.prisma.techChallenge.count({ where: { id: ids.solved!, ...solvedChallengeWhere } })).toBe(1)
    expect(await solvedInReport()).toBe(1)
    // The college hears of it; the record is final.
    expect(await h.prisma.inboxMessage.count({ where: { title: '揭榜成果已验题' } })).toBe(1)
    await expectProblem(await validate(ids.solved!, t.ent!, { inProduction: false, effect: '改口说没有投产' }), 409, 'INVALID_TRANSITION')
  })

  it('records a validated solution that did not go into production without counting it as solved', async () => {
    expect((await accept(ids.shelved!, ids.shelvedTaker!)).status).toBe(200)
    const res = await validate(ids.shelved!, t.ent!, { inProduction: false, effect: '试验线验证通过，暂未投产' })
    expect(ChallengeValidationSchema.parse(await res.json())).toMatchObject({ outcome: 'not_adopted', effectValue: null })
    expect(await solvedInReport()).toBe(1)
  })

  it('is the challenge enterprise\'s alone: another enterprise gets 404, the college and administrators 403', async () => {
    await expectProblem(await validate(ids.shelved!, t.rival!), 404, 'NOT_FOUND')
    await expectProblem(await validate(ids.shelved!, t.col!), 403, 'FORBIDDEN')
    await expectProblem(await validate(ids.shelved!, t.admin!), 403, 'FORBIDDEN')
    await expectProblem(await validate(ids.shelved!, t.ent!, { inProduction: true, effect: '' }), 400, 'VALIDATION_FAILED')
  })

  it('is recorded only by members whose role handles 揭榜挂帅, as accepting a taker is (decision 092)', async () => {
    expect((await accept(ids.roles!, ids.rolesTaker!)).status).toBe(200)
    // 招聘专员, 清单填报员 and 只读成员 cannot accept a taker or read the takers; they cannot write the final record either.
    for (const who of ['hr', 'filler', 'viewer']) {
      await expectProblem(await validate(ids.roles!, t[who]!), 404, 'NOT_FOUND')
    }
    expect(await outcomeOf(ids.roles!)).toBe('awaiting_validation')
    expect(await h.prisma.inboxMessage.count({ where: { title: '揭榜成果已验题', body: { contains: '余热回收效率提升' } } })).toBe(0)
    expect((await validate(ids.roles!, t.ent!)).status).toBe(200)
  })
})
