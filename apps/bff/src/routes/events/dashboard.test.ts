import { createEnterprise, createJob, createMember } from '@zhilian/db/factories'
import { CheckinCodeSchema } from '@zhilian/shared/contracts/checkin'
import { DashboardSchema, DayViewSchema } from '@zhilian/shared/contracts/events'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, expectProblem, type Harness } from '../../testing/harness'
import { applicant, consentFor } from '../../testing/application-fixtures'
import { organiser, postEvent, register } from '../../testing/event-fixtures'

let h: Harness
beforeAll(async () => { h = await createHarness() })
afterAll(() => h.close())

const eventApi = (token: string) => h.clientAs(token).api.events[':id']

describe('fair day and dashboard', () => {
  it('counts registrations, check-ins per 15 minutes, booth visits and applications made at the event', async () => {
    const org = await organiser(h)
    const start = Date.now() - 3_600_000
    const event = await postEvent(h, org.token, { format: 'hybrid', startsAt: new Date(start).toISOString(), endsAt: new Date(start + 6 * 3_600_000).toISOString() })
    const param = { id: event.id }
    await eventApi(org.token).sessions.$post({
      param,
      json: { title: '智能制造企业宣讲', kind: 'talk', room: 'A厅', startsAt: new Date(Date.now() - 600_000).toISOString(), endsAt: new Date(Date.now() + 600_000).toISOString() },
    })
    const ent = await createEnterprise(h.prisma, { name: '淄博智能装备有限公司' })
    const { user: recruiter } = await createMember(h.prisma, ent)
    const rt = await h.tokenFor(recruiter)
    const booth = (await (await eventApi(rt).booths.$post({ query: {}, param })).json()) as { id: string }
    await eventApi(org.token).booths[':boothId'].approve.$post({ param: { ...param, boothId: booth.id }, json: { number: 'A-01', zone: '智能制造展区' } })
    const job = await createJob(h.prisma, { orgId: ent.id })
    await eventApi(rt).booths.mine.jobs.$put({ query: {}, param, json: { jobIds: [job.id] } })

    const students = [await applicant(h.prisma), await applicant(h.prisma)]
    const tokens = await Promise.all(students.map((s) => h.tokenFor(s)))
    for (const t of tokens) expect((await register(h, event.id, t)).status).toBe(201)
    const { code } = CheckinCodeSchema.parse(await (await eventApi(tokens[0]!)['checkin-code'].$get({ param })).json())
    expect((await eventApi(org.token).checkins.$post({ param, json: { code } })).status).toBe(200)
    // A shown code belongs to the first scanner (decision 014): at the booth the student shows a fresh one.
    const fresh = CheckinCodeSchema.parse(await (await eventApi(tokens[0]!)['checkin-code'].$get({ param })).json()).code
    expect((await eventApi(rt).booths.mine.visits.$post({ query: {}, param, json: { code: fresh } })).status).toBe(200)
    // Online or on site, applying to a booth's job is the ordinary apply flow.
    expect((await h.clientAs(tokens[0]!).api.jobs[':id'].applications.$post({ param: { id: job.id }, json: consentFor(ent.id) })).status).toBe(201)

    const d = DashboardSchema.parse(await (await eventApi(org.token).dashboard.$get({ param })).json())
    expect(d).toMatchObject({ registrations: 2, checkedIn: 1, applications: 1 })
    expect(d.checkinsOverTime).toHaveLength(1)
    expect(d.checkinsOverTime[0]!.count).toBe(1)
    expect(new Date(d.checkinsOverTime[0]!.at).getTime() % (15 * 60_000)).toBe(0)
    expect(d.booths).toEqual([{ boothId: booth.id, org: '淄博智能装备有限公司', number: 'A-01', zone: '智能制造展区', visits: 1, applications: 1 }])

    const xlsx = await eventApi(org.token)['dashboard.xlsx'].$get({ param })
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(await xlsx.arrayBuffer())
    expect(wb.getWorksheet('概况')!.getRow(2).values).toEqual([undefined, '报名人数', 2])
    expect(wb.getWorksheet('展位')!.getRow(2).values).toEqual([undefined, '智能制造展区', 'A-01', '淄博智能装备有限公司', 1, 1])

    const other = await organiser(h)
    await expectProblem(await eventApi(other.token).dashboard.$get({ param }), 404, 'NOT_FOUND')
    await expectProblem(await eventApi(other.token)['dashboard.xlsx'].$get({ param }), 404, 'NOT_FOUND')

    const dayView = DayViewSchema.parse(await (await eventApi(tokens[0]!).day.$get({ param })).json())
    expect(dayView.now.map((s) => s.title)).toEqual(['智能制造企业宣讲'])
    expect(dayView.booths.map((b) => b.number)).toEqual(['A-01'])
    expect(dayView.myApplications.map((a) => a.jobId)).toEqual([job.id])
    expect(dayView.myRegistration?.checkedInAt).not.toBeNull()
    const second = DayViewSchema.parse(await (await eventApi(tokens[1]!).day.$get({ param })).json())
    expect(second.myApplications).toEqual([])
  })
})
