import { createCollege, createJob, createUser } from '@zhilian/db/factories'
import { ApplyResultSchema } from '@zhilian/shared/contracts/applications'
import { DeleteAccountResultSchema, ProfileExportSchema, ProfileSchema, profileCompleteness } from '@zhilian/shared/contracts/profile'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearer, createHarness, expectProblem, jsonInit, type Harness } from '../../testing/harness'
import { applicant, consentFor, recruiter } from '../../testing/application-fixtures'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

type ProfileBody = Parameters<Harness['client']['api']['profile']['$put']>[0]['json']
const put = (body: ProfileBody, token: string) => h.clientAs(token).api.profile.$put({ json: body })

async function newStudentToken() {
  const user = await createUser(h.prisma, { role: 'student' })
  return { user, token: await h.tokenFor(user) }
}

describe('GET/PUT /api/profile', () => {
  it('starts empty with completeness naming every missing field, and fills up', async () => {
    const { token } = await newStudentToken()
    const empty = ProfileSchema.parse(await (await h.clientAs(token).api.profile.$get()).json())
    expect(empty.completeness.complete).toBe(false)
    expect(empty.completeness.missingRequired).toEqual(expect.arrayContaining(['姓名', '手机号', '就读院校', '专业']))
    const college = await createCollege(h.prisma)
    const input = {
      realName: '王小明', collegeId: college.id, majorCode: '460301', grade: 2, graduationYear: 2027, education: 'associate' as const,
      skills: ['PLC编程', 'PLC编程', '电工'], certificates: [], expectedCities: ['370300'], expectedChains: ['SD-C02'], intro: null, phone: '13912345678',
    }
    const res = await put(input, token)
    expect(res.status).toBe(200)
    const saved = ProfileSchema.parse(await res.json())
    expect(saved).toMatchObject({ realName: '王小明', college: { id: college.id, name: college.name }, major: { code: '460301' }, skills: ['PLC编程', '电工'] })
    expect(saved.completeness).toEqual(profileCompleteness({ ...input, skills: ['PLC编程', '电工'] }))
    expect(saved.completeness).toMatchObject({ complete: true, missing: ['证书', '自我介绍'], percent: 80 })
  })

  it('refuses bad values and unknown references with Chinese field issues', async () => {
    const { token } = await newStudentToken()
    const base = {
      realName: '王小明', collegeId: null, majorCode: null, grade: null, graduationYear: null, education: 'associate' as const,
      skills: [], certificates: [], expectedCities: [], intro: null, phone: null,
    }
    const phone = await expectProblem(await put({ ...base, phone: '12345' }, token), 400, 'VALIDATION_FAILED')
    expect(phone.issues?.[0]).toMatchObject({ path: 'phone', message: '请填写11位手机号' })
    const { org } = await recruiter(h.prisma)
    const refs = await expectProblem(await put({ ...base, collegeId: org.id, majorCode: '000000', expectedCities: ['110000'] }, token), 400, 'VALIDATION_FAILED')
    expect(refs.issues?.map((i) => i.path).sort()).toEqual(['collegeId', 'expectedCities.0', 'majorCode'])
  })
})

describe('export and deletion', () => {
  it('exports everything held, including applications with their consent wording', async () => {
    const student = await applicant(h.prisma)
    const token = await h.tokenFor(student)
    const { org } = await recruiter(h.prisma)
    const job = await createJob(h.prisma, { orgId: org.id, title: '数控车工' })
    const applied = ApplyResultSchema.parse(await (await h.clientAs(token).api.jobs[':id'].applications.$post({ param: { id: job.id }, json: consentFor(org.id, ['realName']) })).json())
    const res = await h.clientAs(token).api.profile.export.$get()
    expect(res.headers.get('content-disposition')).toContain('attachment')
    const data = ProfileExportSchema.parse(await res.json())
    expect(data.user.id).toBe(student.id)
    expect(data.profile?.phone).toBe(student.studentProfile?.phone)
    expect(data.applications).toHaveLength(1)
    expect(data.applications[0]).toMatchObject({ id: applied.id, job: { title: '数控车工', orgName: org.name }, status: 'submitted' })
    expect(data.applications[0]?.consentText).toContain(`「${org.name}」`)
    expect(data.applications[0]?.events.map((e) => e.to)).toEqual(['submitted'])
  })

  it('deletes the account: needs 注销, anonymises, withdraws open applications, ends sessions', async () => {
    const student = await applicant(h.prisma)
    const token = await h.tokenFor(student)
    const { org } = await recruiter(h.prisma)
    const job = await createJob(h.prisma, { orgId: org.id })
    const applied = ApplyResultSchema.parse(await (await h.clientAs(token).api.jobs[':id'].applications.$post({ param: { id: job.id }, json: consentFor(org.id) })).json())
    // A confirmation word other than 注销 cannot be typed, so this stays a raw request.
    await expectProblem(await h.app.request('/api/profile', jsonInit('DELETE', { confirm: '删除' }, bearer(token))), 400, 'VALIDATION_FAILED')
    const res = await h.clientAs(token).api.profile.$delete({ json: { confirm: '注销' } })
    expect(DeleteAccountResultSchema.parse(await res.json())).toEqual({ deleted: true, withdrawnApplications: 1 })
    const user = await h.prisma.user.findUniqueOrThrow({ where: { id: student.id } })
    expect(user).toMatchObject({ displayName: '已注销用户', openid: null, username: null, phone: null, tokenVersion: 1 })
    expect(user.deletedAt).not.toBeNull()
    expect(await h.prisma.studentProfile.count({ where: { userId: student.id } })).toBe(0)
    expect((await h.prisma.application.findUniqueOrThrow({ where: { id: applied.id } })).status).toBe('withdrawn')
    await expectProblem(await h.clientAs(token).api.profile.$get(), 401, 'UNAUTHENTICATED')
  })

  it('is for students only', async () => {
    const { user } = await recruiter(h.prisma)
    await expectProblem(await h.clientAs(await h.tokenFor(user)).api.profile.export.$get(), 403, 'FORBIDDEN')
  })
})
