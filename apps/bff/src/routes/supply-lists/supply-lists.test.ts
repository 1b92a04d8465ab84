import { createCollege, createMember } from '@zhilian/db/factories'
import { sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'
import { supplySections } from '../../testing/list-sections'
import { MyListSchema, SectionSavedSchema, SubmittedSchema, VersionListSchema } from '@zhilian/shared/contracts/lists'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

async function collegeMember(verification: 'verified' | 'pending' = 'verified') {
  const org = await createCollege(h.prisma, { verification })
  const { user } = await createMember(h.prisma, org, { status: verification })
  const token = await h.tokenFor(user)
  const data = sampleSupplyList()
  data.college.uscc = org.uscc
  const mine = h.clientAs(token).api['supply-lists'].mine
  const put = (section: string, value: Record<string, unknown>) => mine.sections[':section'].$put({ param: { section }, json: value })
  const get = async () => MyListSchema.parse(await (await mine.$get()).json())
  // The body is optional (附件1 confirms no job plan); the typed client sends an empty one.
  const submit = () => mine.submit.$post({ json: {} })
  const fill = async () => {
    for (const [s, v] of supplySections(data)) expect((await put(s, v)).status).toBe(200)
  }
  return { org, user, token, data, put, get, submit, fill }
}

describe('supply list drafts', () => {
  it('keeps a section exactly as typed, invalid values included, with the problems beside the fields', async () => {
    const m = await collegeMember('pending')
    const typed = { year: 2026, filledBy: '王老师', filledByPhone: '12345', college: { name: '半填的学院' } }
    const saved = SectionSavedSchema.parse(await (await m.put('basic', typed)).json())
    expect(saved.valid).toBe(false)
    expect(saved.issues).toContainEqual(expect.objectContaining({ path: 'filledByPhone', message: expect.stringMatching(/手机号/) }))
    const mine = await m.get()
    expect(mine.draft).toEqual(typed)
    expect(mine.canSubmit).toBe(false)
    expect(mine.missingSections).toContain('相关专业设置')
    // Another step leaves the first untouched.
    await m.put('equipment', { equipment: [] })
    expect((await m.get()).draft).toEqual({ ...typed, equipment: [] })
  })

  it('refuses an unknown step with 404', async () => {
    const m = await collegeMember()
    await expectProblem(await m.put('nonsense', {}), 404, 'NOT_FOUND')
    // The names every object inherits are no steps either (hostile-client audit, decision 042): they used to be
    // looked up on the steps object, found on its prototype, and answered 500.
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      await expectProblem(await m.put(name, { a: 1 }), 404, 'NOT_FOUND')
    }
    expect((await m.get()).draft).toEqual({})
  })

  it('never shows one college the draft of another', async () => {
    const a = await collegeMember()
    const b = await collegeMember()
    await a.put('equipment', { equipment: [{ name: 'A校专有设备' }] })
    const seen = await b.get()
    expect(seen.org.id).toBe(b.org.id)
    expect(JSON.stringify(seen)).not.toContain('A校专有设备')
  })
})

describe('submitting a supply list', () => {
  // Decision 049: a double-tapped 提交审核 raced for the next version number and answered 500 to the losers.
  it('answers a submission sent six times at once with 200 or 409, never 500, and numbers the versions without gaps', async () => {
    const m = await collegeMember()
    await m.fill()
    const results = await Promise.all(Array.from({ length: 6 }, () => m.submit()))
    const statuses: number[] = results.map((r) => r.status)
    expect(statuses.every((s) => s === 200 || s === 409), statuses.join()).toBe(true)
    for (const r of results.filter((x) => x.status !== 200)) expect((await expectProblem(r, 409, 'DUPLICATE')).message).toContain('重复')
    const versions = (await h.prisma.listVersion.findMany({ where: { listKind: 'supply', listId: (await m.get()).list!.id }, select: { version: true } })).map((v) => v.version).sort((x, y) => x - y)
    expect(versions).toEqual(Array.from({ length: statuses.filter((s) => s === 200).length }, (_, i) => i + 1))
  })

  it('is refused for an unverified college (403 NOT_VERIFIED) even with a complete draft', async () => {
    const m = await collegeMember('pending')
    await m.fill()
    const versionsBefore = await h.prisma.listVersion.count()
    await expectProblem(await m.submit(), 403, 'NOT_VERIFIED')
    expect(await h.prisma.listVersion.count()).toBe(versionsBefore)
    expect(await h.prisma.majorOffering.count({ where: { list: { collegeId: m.org.id } } })).toBe(0)
  })

  it('names what is missing, in Chinese, when the draft is incomplete', async () => {
    const m = await collegeMember()
    await m.put('equipment', { equipment: [] })
    const problem = await expectProblem(await m.submit(), 400, 'VALIDATION_FAILED')
    expect(problem.issues?.map((i) => i.message)).toContain('尚未填写：相关专业设置')
  })

  it('records a version with who and when (rows wait for approval), and a second submission diffs the changed sections', async () => {
    const m = await collegeMember()
    await m.fill()
    const res = await m.submit()
    expect(res.status).toBe(200)
    const first = SubmittedSchema.parse(await res.json())
    expect(first).toMatchObject({ status: 'submitted', version: 1 })
    // Decision 015: nothing counts before a reviewer approves the version (list-flow.test.ts follows it through).
    expect(await h.prisma.enrolment.count({ where: { listId: first.id } })).toBe(0)
    expect(await h.prisma.equipment.count({ where: { listId: first.id } })).toBe(0)

    await m.put('equipment', { equipment: [...m.data.equipment, { name: '工业机器人工作站', quantity: 4, coreFunction: '示教编程实训', open: false }] })
    const second = SubmittedSchema.parse(await (await m.submit()).json())
    expect(second.version).toBe(2)

    const history = VersionListSchema.parse(await (await h.clientAs(m.token).api['supply-lists'].mine.versions.$get()).json())
    expect(history.items.map((v) => v.version)).toEqual([2, 1])
    expect(history.items[0]!.by).toEqual({ id: m.user.id, displayName: m.user.displayName })
    expect(history.items[0]!.changes).toEqual([{ section: 'equipment', label: '主要实验/实训设备', from: `${m.data.equipment.length}项`, to: `${m.data.equipment.length + 1}项` }])
    const mine = await m.get()
    expect(mine.lastSubmitted?.version).toBe(2)
    expect(mine.list?.status).toBe('submitted')
    expect(await h.prisma.auditLog.count({ where: { entity: 'SupplyList', entityId: first.id, action: 'supply_list.submit' } })).toBe(2)
  })

  it('refuses a list that names another unit\'s credit code', async () => {
    const m = await collegeMember()
    m.data.college.uscc = (await createCollege(h.prisma)).uscc
    await m.fill()
    const problem = await expectProblem(await m.submit(), 400, 'VALIDATION_FAILED')
    expect(problem.issues).toContainEqual(expect.objectContaining({ path: 'college.uscc' }))
  })
})

describe('a 院校名称 with an invisible character (decision 060)', () => {
  it('names the problem beside the field when the step is saved, and refuses the list on submit', async () => {
    const m = await collegeMember()
    await m.fill()
    const { year, filledBy, filledByPhone, filledAt, college } = m.data
    const saved = SectionSavedSchema.parse(await (await m.put('basic', { year, filledBy, filledByPhone, filledAt, college: { ...college, name: `${college.name}\u200b` } })).json())
    expect(saved.issues).toContainEqual(expect.objectContaining({ path: 'college.name', message: '院校名称中含有不可见字符，请删除后重试' }))
    const refused = await expectProblem(await m.submit(), 400, 'VALIDATION_FAILED')
    expect(refused.issues).toContainEqual(expect.objectContaining({ path: 'college.name', message: '院校名称中含有不可见字符，请删除后重试' }))
  })
})
