import { createAdmin, createCollege, createEnterprise, createMember, createStudent } from '@zhilian/db/factories'
import { ChainSummaryListSchema } from '@zhilian/shared/contracts/analytics'
import { AdminChainDetailSchema, AdminChainListSchema } from '@zhilian/shared/contracts/chains-admin'
import { ChainListSchema } from '@zhilian/shared/contracts/reference'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, type Harness, type TestClient } from '../../testing/harness'

let h: Harness
let admin: string
const others: string[] = []

beforeAll(async () => {
  h = await createHarness()
  const a = await createAdmin(h.prisma, { displayName: '省厅管理员' })
  admin = await h.tokenFor(a)
  const college = await createCollege(h.prisma)
  const enterprise = await createEnterprise(h.prisma)
  others.push(
    await h.tokenFor(await createStudent(h.prisma)),
    await h.tokenFor((await createMember(h.prisma, enterprise)).user),
    await h.tokenFor((await createMember(h.prisma, college)).user),
  )
})
afterAll(() => h.close())

const chains = (token = admin) => h.clientAs(token).api.admin.chains
const detail = async (res: { status: number; json(): Promise<unknown> }, status = 200) => {
  expect(res.status).toBe(status)
  return AdminChainDetailSchema.parse(await res.json())
}
const PROFILE = {
  leads: {
    enterprise: { unit: '潍柴控股集团有限公司', person: '张三 董事长' },
    industryOrg: { unit: '山东省机械工业协会', person: '' },
    college: { unit: '淄博职业学院', person: '李四 校长' },
  },
  policyNote: '围绕整机与关键零部件，组建订单班并共建实训基地。',
  knownEnterprises: 1200,
  knownEnterprisesSource: '山东省工业和信息化厅 2025 年产业链企业名录',
  knownEnterprisesYear: 2025,
}

describe('chain administration is for administrators only', () => {
  const forChain = [
    (c: TestClient, id: string) => c.api.admin.chains[':id'].$get({ param: { id } }),
    (c: TestClient, id: string) => c.api.admin.chains[':id'].confirm.$post({ param: { id }, json: { source: '鲁政办字〔2026〕1号' } }),
    (c: TestClient, id: string) => c.api.admin.chains[':id'].retire.$post({ param: { id }, json: { reason: '并入其他产业链' } }),
    (c: TestClient, id: string) => c.api.admin.chains[':id'].restore.$post({ param: { id } }),
    (c: TestClient, id: string) => c.api.admin.chains[':id'].profile.$put({ param: { id }, json: PROFILE }),
  ]
  const calls = [
    (c: TestClient) => c.api.admin.chains.$get(),
    (c: TestClient) => c.api.admin.chains.$post({ json: { name: '储能', status: 'candidate', source: '2026 年省政府工作报告' } }),
    ...forChain.map((send) => (c: TestClient) => send(c, 'SD-C12')),
  ]

  it('answers 401 without a token and 403 to students, enterprise and college staff, changing nothing', async () => {
    for (const send of calls) {
      await expectProblem(await send(h.client), 401, 'UNAUTHENTICATED')
      for (const token of others) await expectProblem(await send(h.clientAs(token)), 403, 'FORBIDDEN')
    }
    expect(await h.prisma.auditLog.count({ where: { entity: 'IndustryChain' } })).toBe(0)
    expect(await h.prisma.industryChain.count()).toBe(19)
  })

  it('answers 404 for a chain that does not exist', async () => {
    for (const send of forChain) {
      await expectProblem(await send(h.clientAs(admin), 'SD-X99'), 404, 'NOT_FOUND')
    }
  })
})

describe('adding and confirming a chain', () => {
  it('adds a candidate chain with its source under the next id, and refuses a second one of the same name', async () => {
    const c = await detail(await chains().$post({ json: { name: '新型储能', status: 'candidate', source: '2026 年山东省政府工作报告' } }), 201)
    expect(c).toMatchObject({ id: 'SD-C20', name: '新型储能', status: 'candidate', active: true, majorCount: 0, confirmedAt: null, sortOrder: 20 })
    expect(c.history.map((x) => x.sentence)).toEqual(['新增产业链“新型储能”（待确认），依据：2026 年山东省政府工作报告'])
    expect(c.history[0]!.actorName).toBe('省厅管理员')
    const reference = ChainListSchema.parse(await (await h.client.api.reference.chains.$get()).json())
    expect(reference.items.map((x) => x.id)).toContain('SD-C20')
    await expectProblem(await chains().$post({ json: { name: '新型储能', status: 'confirmed', source: '鲁政发〔2026〕2号' } }), 409, 'CONFLICT')
    const bad = await expectProblem(await chains().$post({ json: { name: '', status: 'candidate', source: '无' } }), 400, 'VALIDATION_FAILED')
    expect(bad.issues?.map((i) => i.path).sort()).toEqual(['name', 'source'])
  })

  it('confirms a candidate chain of the reference data, keeping the source that confirms it, once', async () => {
    const before = await h.prisma.industryChain.findUniqueOrThrow({ where: { id: 'SD-C13' } })
    expect(before.status).toBe('candidate')
    const c = await detail(await chains()[':id'].confirm.$post({ param: { id: 'SD-C13' }, json: { source: '山东省人民政府办公厅 鲁政办字〔2026〕8号' } }))
    expect(c).toMatchObject({ status: 'confirmed', source: '山东省人民政府办公厅 鲁政办字〔2026〕8号' })
    expect(c.confirmedAt).not.toBeNull()
    expect(c.history[0]!.sentence).toBe(`确认产业链“人工智能”为已公布产业链，依据：山东省人民政府办公厅 鲁政办字〔2026〕8号（原依据：${before.source.slice(0, 40)}…）`)
    await expectProblem(await chains()[':id'].confirm.$post({ param: { id: 'SD-C13' }, json: { source: '再次确认的依据' } }), 409, 'INVALID_TRANSITION')
    await expectProblem(await chains()[':id'].confirm.$post({ param: { id: 'SD-C14' }, json: { source: '' } }), 400, 'VALIDATION_FAILED')
  })
})

describe('retiring and restoring', () => {
  it('retires a chain out of the pickers and the report, keeps it listed for administrators, and restores it', async () => {
    const c = await detail(await chains()[':id'].retire.$post({ param: { id: 'SD-C19' }, json: { reason: '并入航空航天产业链' } }))
    expect(c).toMatchObject({ active: false, retiredReason: '并入航空航天产业链' })
    expect(c.history[0]!.sentence).toBe('停用产业链“低空经济”，原因：并入航空航天产业链')
    const reference = ChainListSchema.parse(await (await h.client.api.reference.chains.$get()).json())
    expect(reference.items.map((x) => x.id)).not.toContain('SD-C19')
    const summaries = ChainSummaryListSchema.parse(await (await h.clientAs(admin).api.analytics.chains.$get({ query: {} })).json())
    expect(summaries.items.map((x) => x.chainId)).not.toContain('SD-C19')
    const all = AdminChainListSchema.parse(await (await chains().$get()).json())
    expect(all.items.at(-1)).toMatchObject({ id: 'SD-C19', active: false })
    await expectProblem(await chains()[':id'].retire.$post({ param: { id: 'SD-C19' }, json: { reason: '再次停用' } }), 409, 'INVALID_TRANSITION')

    const back = await detail(await chains()[':id'].restore.$post({ param: { id: 'SD-C19' } }))
    expect(back).toMatchObject({ active: true, retiredAt: null, retiredReason: null })
    expect(back.history[0]!.sentence).toBe('恢复启用产业链“低空经济”')
    await expectProblem(await chains()[':id'].restore.$post({ param: { id: 'SD-C19' } }), 409, 'INVALID_TRANSITION')
    await expectProblem(await chains()[':id'].retire.$post({ param: { id: 'SD-C19' }, json: { reason: '' } }), 400, 'VALIDATION_FAILED')
  })
})

describe('the chain profile and its majors', () => {
  it('records 三组长, 一链一策 and the enterprise count, audits each field, and the report reads the count', async () => {
    const c = await detail(await chains()[':id'].profile.$put({ param: { id: 'SD-C02' }, json: PROFILE }))
    expect(c.leads).toEqual({
      enterprise: { unit: '潍柴控股集团有限公司', person: '张三 董事长' },
      industryOrg: { unit: '山东省机械工业协会', person: null },
      college: { unit: '淄博职业学院', person: '李四 校长' },
    })
    expect(c).toMatchObject({ policyNote: PROFILE.policyNote, knownEnterprises: 1200, knownEnterprisesSource: PROFILE.knownEnterprisesSource, knownEnterprisesYear: 2025 })
    expect(c.history[0]!.sentence).toContain('修改产业链“高端装备”的档案：链主企业：（空） → 潍柴控股集团有限公司；')
    expect(c.history[0]!.sentence).toContain('本链企业总数：（空） → 1200')
    const summaries = ChainSummaryListSchema.parse(await (await h.clientAs(admin).api.analytics.chains.$get({ query: {} })).json())
    expect(summaries.items.find((x) => x.chainId === 'SD-C02')!.coverage).toMatchObject({ known: 1200, source: PROFILE.knownEnterprisesSource })

    // Saving the same profile again changes nothing and writes no entry.
    const again = await detail(await chains()[':id'].profile.$put({ param: { id: 'SD-C02' }, json: PROFILE }))
    expect(again.history).toHaveLength(c.history.length)
  })

  it('refuses an enterprise count without its source', async () => {
    const bad = await expectProblem(await chains()[':id'].profile.$put({ param: { id: 'SD-C02' }, json: { ...PROFILE, knownEnterprisesSource: '' } }), 400, 'VALIDATION_FAILED')
    expect(bad.issues?.map((i) => i.path)).toEqual(['knownEnterprisesSource'])
    const tooLong = await expectProblem(await chains()[':id'].profile.$put({ param: { id: 'SD-C02' }, json: { ...PROFILE, policyNote: '策'.repeat(2001) } }), 400, 'VALIDATION_FAILED')
    expect(tooLong.issues?.map((i) => i.path)).toEqual(['policyNote'])
  })

  it('edits the chain–major map and says what changed in words', async () => {
    const current = await detail(await chains()[':id'].$get({ param: { id: 'SD-C03' } }))
    const [keep, drop, ...rest] = current.majors
    const majors = [
      { majorCode: keep!.majorCode, relevance: keep!.relevance === 'core' ? ('supporting' as const) : ('core' as const) },
      ...rest.map((m) => ({ majorCode: m.majorCode, relevance: m.relevance })),
      { majorCode: '510201', relevance: 'supporting' as const },
    ]
    expect((await chains()[':id'].majors.$put({ param: { id: 'SD-C03' }, json: { majors } })).status).toBe(200)
    const after = await detail(await chains()[':id'].$get({ param: { id: 'SD-C03' } }))
    expect(after.majors.map((m) => m.majorCode).sort()).toEqual(majors.map((m) => m.majorCode).sort())
    const sentence = after.history[0]!.sentence
    expect(sentence).toContain('调整产业链“新能源装备”的专业：新增 计算机应用技术（支撑专业）')
    expect(sentence).toContain(`移除 ${drop!.majorName}`)
    expect(sentence).toContain(`${keep!.majorName} 由`)
  })
})
