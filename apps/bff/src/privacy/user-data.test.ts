import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createCollege, createEnterprise, createEvent, createJob } from '@zhilian/db/factories'
import { DeleteAccountResultSchema, ProfileExportSchema } from '@zhilian/shared/contracts/profile'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from '../testing/harness'
import { applicant, consentFor } from '../testing/application-fixtures'
import { ERASED_CONSENT, ERASED_NAME, USER_DATA } from './user-data'

/**
 * The privacy guard of issue 10: the user-keyed columns are read from prisma/schema.prisma, and each must
 * be in USER_DATA; then one account with a row in every one of those tables is exported (every section
 * must hold its rows) and deleted (every row must be gone, released or anonymised as the table says).
 */
const SCHEMA = readFileSync(join(__dirname, '../../../../prisma/schema.prisma'), 'utf8')

/** `Model.column` for every column that holds a user's id: a relation to User, or a scalar named userId / …UserId. */
export function userKeyedColumns(schema: string): string[] {
  const out = new Set<string>(['User.id'])
  for (const [, model, body] of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    for (const line of body!.split('\n')) {
      const [field, type] = line.trim().split(/\s+/)
      if (!field || !type || field.startsWith('/') || field.startsWith('@')) continue
      const relation = /^User\??$/.test(type) ? /fields:\s*\[(\w+)\]/.exec(line)?.[1] : undefined
      if (relation) out.add(`${model}.${relation}`)
      else if (/^(userId|\w+UserId)$/.test(field) && /^String\??$/.test(type)) out.add(`${model}.${field}`)
    }
  }
  return [...out].sort()
}

let h: Harness
beforeAll(async () => { h = await createHarness() })
afterAll(() => h.close())

describe('every user-keyed table is exported and erased', () => {
  it('lists every user-keyed column of the schema, and no column the schema lacks', () => {
    const columns = userKeyedColumns(SCHEMA)
    expect(columns).toContain('Reminder.userId')
    expect(columns).toContain('AuditLog.actorUserId')
    expect(Object.keys(USER_DATA).sort()).toEqual(columns)
  })

  it('names an export section that the export contract has, for every table', () => {
    const top = Object.keys(ProfileExportSchema.shape)
    const staff = Object.keys(ProfileExportSchema.shape.staff.shape)
    for (const [column, entry] of Object.entries(USER_DATA)) {
      const [head, sub] = entry.export.split('.')
      expect(head === 'staff' ? staff : top, column).toContain(head === 'staff' ? sub : head)
    }
  })

  it('exports a row of every table, then deletes, releases or anonymises each as the table says, in one go', async () => {
    const p = h.prisma
    const s = await applicant(p)
    const token = await h.tokenFor(s)
    const ent = await createEnterprise(p)
    const job = await createJob(p, { orgId: ent.id })
    expect((await h.clientAs(token).api.jobs[':id'].applications.$post({ param: { id: job.id }, json: { ...consentFor(ent.id), coverNote: '求职信：我熟悉数控' } })).status).toBe(201)
    const app = await p.application.findFirstOrThrow({ where: { studentUserId: s.id } })
    await p.applicationEvent.create({ data: { applicationId: app.id, from: 'submitted', to: 'submitted', byUserId: s.id, reason: '我补充了证书' } })
    const event = await createEvent(p, { createdByUserId: s.id })
    const booth = await p.booth.create({ data: { eventId: event.id, orgId: ent.id, status: 'approved', number: 'C-3' } })
    const slot = await p.interviewSlot.create({ data: { boothId: booth.id, startsAt: event.startsAt, endsAt: new Date(event.startsAt.getTime() + 600_000), bookedByUserId: s.id } })
    await p.eventRegistration.create({ data: { eventId: event.id, userId: s.id } })
    await p.scheduleItem.create({ data: { userId: s.id, title: '面试', startsAt: slot.startsAt, interviewSlotId: slot.id } })
    await p.boothVisit.create({ data: { boothId: booth.id, userId: s.id } })
    await p.subscriptionCredit.create({ data: { userId: s.id, templateId: 'tpl', remaining: 2 } })
    await p.subscriptionCreditEntry.create({ data: { userId: s.id, templateId: 'tpl', delta: 2, reason: 'accept' } })
    await p.reminder.create({ data: { userId: s.id, templateKey: 'eventStart', payload: {}, sendAt: event.startsAt, dedupeKey: `t:${s.id}` } })
    await p.inboxMessage.create({ data: { userId: s.id, title: '通知', body: '内容' } })
    await p.report.create({ data: { reporterUserId: s.id, targetType: 'job', targetId: job.id, reason: '疑似招转培' } })
    await p.report.create({ data: { reporterUserId: (await applicant(p)).id, targetType: 'job', targetId: job.id, reason: '虚假', handledByUserId: s.id, handledAt: new Date(), status: 'dismissed' } })
    const college = await createCollege(p)
    await p.membership.create({ data: { userId: s.id, orgId: college.id } })
    const list = await p.supplyList.create({ data: { collegeId: college.id, year: 2026 } })
    const equipment = await p.equipment.create({ data: { listId: list.id, name: '五轴加工中心', quantity: 1, coreFunction: '加工', open: true } })
    await p.equipmentBooking.create({ data: { equipmentId: equipment.id, enterpriseOrgId: ent.id, requestedByUserId: s.id, start: event.startsAt, end: slot.endsAt } })
    await p.listVersion.create({ data: { listKind: 'supply', listId: list.id, version: 1, snapshot: {}, byUserId: s.id } })
    await p.importJob.create({ data: { orgId: college.id, userId: s.id, listKind: 'supply', bytes: 10 } })
    const open = await p.orgInvitation.create({ data: { orgId: college.id, codeHash: `made-${s.id}`, codeHint: 'AB', role: 'viewer', createdByUserId: s.id, expiresAt: event.startsAt } })
    const spent = await p.orgInvitation.create({ data: { orgId: college.id, codeHash: `spent-${s.id}`, codeHint: 'CD', role: 'hr', createdByUserId: s.id, expiresAt: event.startsAt, usedAt: new Date(), usedByUserId: s.id } })
    await p.reportBasis.upsert({ where: { year: 1999 }, create: { year: 1999, inProvinceShare: 0.5, source: '测试', updatedByUserId: s.id }, update: { updatedByUserId: s.id } })
    const course = await p.trainingCourse.create({ data: { listId: list.id, title: '五轴编程提升班', content: '五轴加工', format: 'offline', yearlyCapacity: 30 } })
    await p.trainingEnrolment.create({ data: { courseId: course.id, studentUserId: s.id } })
    // Every table the guard lists now holds a row for this account.
    const keyed = Object.keys(USER_DATA)
    for (const column of keyed) expect(await countFor(column, s.id), column).toBeGreaterThan(0)

    const exported = ProfileExportSchema.parse(await (await h.clientAs(token).api.profile.export.$get()).json())
    for (const column of keyed) {
      const [head, sub] = USER_DATA[column]!.export.split('.') as [string, string | undefined]
      const section = sub ? (exported.staff as Record<string, unknown>)[sub] : (exported as Record<string, unknown>)[head]
      expect(Array.isArray(section) ? section.length : section ? 1 : 0, column).toBeGreaterThan(0)
    }
    expect(exported.boothVisits[0]).toMatchObject({ orgName: ent.name, eventTitle: event.title, boothNumber: 'C-3' })
    expect(exported.slotBookings[0]).toMatchObject({ orgName: ent.name })

    const res = await h.clientAs(token).api.profile.$delete({ json: { confirm: '注销' } })
    expect(DeleteAccountResultSchema.parse(await res.json())).toEqual({ deleted: true, withdrawnApplications: 1 })
    for (const [column, entry] of Object.entries(USER_DATA)) {
      if (entry.erase !== 'anonymise') expect(await countFor(column, s.id), `${column} ${entry.erase}`).toBe(0)
    }
    // Released rows stay for their other owner.
    expect(await p.interviewSlot.findUniqueOrThrow({ where: { id: slot.id } })).toMatchObject({ bookedByUserId: null })
    expect(await p.equipmentBooking.count({ where: { equipmentId: equipment.id } })).toBe(1)
    // Anonymised rows keep nothing the person wrote or that names them.
    expect(await p.user.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ displayName: ERASED_NAME, phone: null, openid: null, username: null })
    expect(await p.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({ status: 'withdrawn', coverNote: null, consentText: ERASED_CONSENT })
    const events = await p.applicationEvent.findMany({ where: { applicationId: app.id } })
    expect(events.map((e) => e.reason).filter((r) => r && r !== '学生已注销账号')).toEqual([])
    expect(events.some((e) => e.byUserId === s.id)).toBe(false)
    expect(await p.auditLog.count({ where: { actorUserId: s.id } })).toBeGreaterThan(0)
    expect(await p.event.count({ where: { id: event.id, createdByUserId: s.id } })).toBe(1)
    // The open code the account made can no longer be used; the spent one stays spent.
    expect(await p.orgInvitation.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({ revokedAt: expect.any(Date) })
    expect(await p.orgInvitation.findUniqueOrThrow({ where: { id: spent.id } })).toMatchObject({ usedByUserId: null, usedAt: expect.any(Date) })
  })
})

/** Rows whose column holds the user's id, through the Prisma delegate the column's model names. */
async function countFor(column: string, userId: string): Promise<number> {
  const [model, field] = column.split('.') as [string, string]
  const delegate = (h.prisma as unknown as Record<string, { count(args: unknown): Promise<number> }>)[model[0]!.toLowerCase() + model.slice(1)]!
  return delegate.count({ where: { [field]: userId } })
}
