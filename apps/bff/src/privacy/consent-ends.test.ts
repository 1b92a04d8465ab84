import { createJob } from '@zhilian/db/factories'
import { ApplicantsSchema, ApplicationDetailSchema, ApplyResultSchema } from '@zhilian/shared/contracts/applications'
import { AuditPageSchema } from '@zhilian/shared/contracts/audit'
import { VisitResultSchema } from '@zhilian/shared/contracts/checkin'
import { MyBoothSchema } from '@zhilian/shared/contracts/event-manage'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../testing/harness'
import { applicant, consentFor, recruiter } from '../testing/application-fixtures'
import { UNNAMED_STUDENT } from '../applications/consent'
import { organiser, postEvent, register } from '../testing/event-fixtures'
import { issueCheckinCode } from '../routes/checkin/checkin-code'
import type { ProfileField } from '@zhilian/shared/contracts/profile'

/**
 * Consent ends with withdrawal (PIPL art. 15): every place an enterprise sees a student — applicant list,
 * application detail, a booth scan, the booth's visitor list, the audit trail — shows the student as if
 * no consent had been given once the application is withdrawn. Names likewise need the name in a consent.
 */
let h: Harness
beforeAll(async () => { h = await createHarness() })
afterAll(() => h.close())

const api = (token: string) => h.clientAs(token).api

async function scene(fields?: ProfileField[]) {
  const { org, user } = await recruiter(h.prisma)
  const token = await h.tokenFor(user)
  const job = await createJob(h.prisma, { orgId: org.id, title: '数控车工' })
  const student = await applicant(h.prisma)
  const studentToken = await h.tokenFor(student)
  const res = await api(studentToken).jobs[':id'].applications.$post({ param: { id: job.id }, json: { ...consentFor(org.id, fields), coverNote: '我想去一线锻炼' } })
  expect(res.status).toBe(201)
  const { id } = ApplyResultSchema.parse(await res.json())
  const host = await organiser(h)
  const event = await postEvent(h, host.token)
  expect((await register(h, event.id, studentToken)).status).toBe(201)
  await h.prisma.booth.create({ data: { eventId: event.id, orgId: org.id, status: 'approved', number: 'A-1' } })
  // Booth scans count only while the event is under way (decision 014): the fair opened an hour ago.
  await h.prisma.event.update({ where: { id: event.id }, data: { startsAt: new Date(Date.now() - 3_600_000), endsAt: new Date(Date.now() + 3_600_000) } })
  return { org, token, job, student, studentToken, id, event }
}

async function seenByEnterprise(s: Awaited<ReturnType<typeof scene>>) {
  const list = ApplicantsSchema.parse(await (await api(s.token).enterprise.jobs[':id'].applicants.$get({ param: { id: s.job.id } })).json())
  const listed = list.stages.flatMap((st) => st.items).find((i) => i.id === s.id)!
  const detail = ApplicationDetailSchema.parse(await (await api(s.token).enterprise.applications[':id'].$get({ param: { id: s.id } })).json())
  const code = issueCheckinCode(h.keys.checkin, s.event.id, s.student.id).code
  const scanned = VisitResultSchema.parse(await (await api(s.token).events[':id'].booths.mine.visits.$post({ query: {}, param: { id: s.event.id }, json: { code } })).json())
  const booth = MyBoothSchema.parse(await (await api(s.token).events[':id'].booths.mine.$get({ query: {}, param: { id: s.event.id } })).json())
  const visitor = booth.visits.find((v) => v.student.id === s.student.id)!
  const trail = AuditPageSchema.parse(await (await api(s.token).audit.$get({ query: { orgId: s.org.id, limit: 100 } })).json())
  const studentEntries = trail.items.filter((e) => e.actorUserId === s.student.id)
  return { listed, detail, scanned, visitor, studentEntries }
}

describe('consent ends with withdrawal', () => {
  it('shows the full phone, résumé, cover note and name while the application stands, and none of them after withdrawal', { timeout: 120_000 }, async () => {
    const s = await scene()
    const phone = s.student.studentProfile!.phone!
    const name = s.student.displayName
    const before = await seenByEnterprise(s)
    expect(before.listed).toMatchObject({ phone, phoneMasked: false, coverNote: '我想去一线锻炼' })
    expect(before.detail.resume.realName).toBe(s.student.studentProfile!.realName)
    expect(before.scanned).toMatchObject({ phone, student: { displayName: name } })
    expect(before.visitor.student.displayName).toBe(name)
    expect(before.visitor.applied).toBe(true)
    expect(before.studentEntries.length).toBeGreaterThan(0)
    expect(before.studentEntries.every((e) => e.actorName === name)).toBe(true)

    expect((await api(s.studentToken).applications[':id'].withdraw.$post({ param: { id: s.id } })).status).toBe(200)
    const after = await seenByEnterprise(s)
    const masked = `${phone.slice(0, 3)}****${phone.slice(-4)}`
    for (const view of [after.listed, after.detail]) {
      expect(view).toMatchObject({ phone: masked, phoneMasked: true, coverNote: null, resume: {}, consentFields: [] })
    }
    expect(after.scanned).toMatchObject({ phone: null, resume: null, student: { displayName: UNNAMED_STUDENT } })
    expect(after.visitor.student.displayName).toBe(UNNAMED_STUDENT)
    // Nor is the unnamed visitor marked as an applicant (decision 092).
    expect(after.visitor.applied).toBe(false)
    expect(after.studentEntries.every((e) => e.actorName === UNNAMED_STUDENT)).toBe(true)
    expect(JSON.stringify(after)).not.toContain(phone)
    expect(JSON.stringify(after)).not.toContain(name)
  })

  it('shows the name to the enterprise only when the consent includes it', async () => {
    const s = await scene(['skills', 'phone'])
    const seen = await seenByEnterprise(s)
    expect(seen.listed.phone).toBe(s.student.studentProfile!.phone)
    expect(seen.scanned.student.displayName).toBe(UNNAMED_STUDENT)
    expect(seen.visitor.student.displayName).toBe(UNNAMED_STUDENT)
    expect(seen.studentEntries.every((e) => e.actorName === UNNAMED_STUDENT)).toBe(true)
    expect(JSON.stringify(seen)).not.toContain(s.student.displayName)
  })
})
