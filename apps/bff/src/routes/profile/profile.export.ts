import { readConsent } from '@zhilian/shared/contracts/applications'
import type { ProfileExport } from '@zhilian/shared/contracts/profile'
import type { Db } from '../../lib/types'
import { profileSelect, toProfileFields } from './profile.view'

const iso = (d: Date) => d.toISOString()
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null)
const boothNames = { number: true, org: { select: { name: true } }, event: { select: { title: true } } } as const
const boothView = (b: { org: { name: string }; event: { title: string } }) => ({ eventTitle: b.event.title, orgName: b.org.name })

/** Everything kept about one student, each record with the facts it holds and nothing internal. */
export async function exportStudent(db: Db, userId: string): Promise<ProfileExport> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true, role: true, displayName: true, username: true, phone: true, personalisationOff: true, createdAt: true,
      studentProfile: { select: profileSelect },
      applications: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true, status: true, createdAt: true, consentAt: true, consentText: true, coverNote: true,
          job: { select: { id: true, title: true, org: { select: { name: true } } } },
          events: { orderBy: { at: 'asc' }, select: { from: true, to: true, reason: true, at: true } },
          interviews: { orderBy: { at: 'asc' }, select: { at: true, place: true, note: true, cancelledAt: true, cancelReason: true } },
        },
      },
      trainingEnrolments: { orderBy: { createdAt: 'asc' }, select: { id: true, createdAt: true, course: { select: { title: true } } } },
      inbox: { orderBy: { createdAt: 'asc' }, select: { title: true, body: true, createdAt: true, readAt: true } },
      eventRegistrations: { orderBy: { createdAt: 'asc' }, select: { createdAt: true, checkedInAt: true, event: { select: { title: true } } } },
      scheduleItems: { orderBy: { startsAt: 'asc' }, select: { title: true, startsAt: true, endsAt: true, place: true, createdAt: true } },
      interviewSlots: { orderBy: { startsAt: 'asc' }, select: { startsAt: true, endsAt: true, booth: { select: boothNames } } },
      boothVisits: { orderBy: { createdAt: 'asc' }, select: { createdAt: true, booth: { select: boothNames } } },
      subscriptionCredits: { orderBy: { templateId: 'asc' }, select: { templateId: true, remaining: true, updatedAt: true } },
      subscriptionLedger: { orderBy: { at: 'asc' }, select: { templateId: true, delta: true, reason: true, at: true } },
      reminders: { orderBy: { sendAt: 'asc' }, select: { templateKey: true, sendAt: true, sentAt: true, status: true, payload: true } },
      reportsFiled: { orderBy: { createdAt: 'asc' }, select: { targetType: true, targetId: true, reason: true, status: true, note: true, createdAt: true } },
      reportsHandled: { orderBy: { createdAt: 'asc' }, select: { targetType: true, targetId: true, status: true, handledAt: true } },
      memberships: { orderBy: { createdAt: 'asc' }, select: { status: true, createdAt: true, org: { select: { name: true } } } },
      applicationEvents: { orderBy: { at: 'asc' }, select: { applicationId: true, from: true, to: true, at: true } },
      bookingsRequested: { orderBy: { start: 'asc' }, select: { start: true, end: true, status: true, equipment: { select: { name: true } } } },
      eventsCreated: { orderBy: { createdAt: 'asc' }, select: { title: true, startsAt: true, createdAt: true } },
    },
  })
  // Tables that name the user by id without a relation (decision 026 lists every user-keyed column).
  const [auditTrail, listVersions, importJobs, reportBases, invitations] = await Promise.all([
    db.auditLog.findMany({ where: { actorUserId: userId }, orderBy: { at: 'asc' }, select: { action: true, entity: true, entityId: true, at: true } }),
    db.listVersion.findMany({ where: { byUserId: userId }, orderBy: { at: 'asc' }, select: { listKind: true, listId: true, version: true, at: true } }),
    db.importJob.findMany({ where: { userId }, orderBy: { createdAt: 'asc' }, select: { listKind: true, fileName: true, status: true, createdAt: true } }),
    db.reportBasis.findMany({ where: { updatedByUserId: userId }, orderBy: { year: 'asc' }, select: { year: true, source: true, updatedAt: true } }),
    db.orgInvitation.findMany({
      where: { OR: [{ createdByUserId: userId }, { usedByUserId: userId }] }, orderBy: { createdAt: 'asc' },
      select: { role: true, createdByUserId: true, usedByUserId: true, createdAt: true, usedAt: true, org: { select: { name: true } } },
    }),
  ])
  const ownApplications = new Set(user.applications.map((a) => a.id))
  return {
    exportedAt: iso(new Date()),
    user: {
      id: user.id, role: user.role, displayName: user.displayName, username: user.username, phone: user.phone,
      personalisationOff: user.personalisationOff, createdAt: iso(user.createdAt),
    },
    profile: user.studentProfile ? toProfileFields(user.studentProfile) : null,
    applications: user.applications.map((a) => ({
      id: a.id,
      status: a.status,
      createdAt: iso(a.createdAt),
      job: { id: a.job.id, title: a.job.title, orgName: a.job.org.name },
      consentAt: iso(a.consentAt),
      // The sentence the student agreed to, not the machine-readable wrapper around it.
      consentText: readConsent(a.consentText)?.text ?? a.consentText,
      coverNote: a.coverNote,
      events: a.events.map((e) => ({ ...e, at: iso(e.at) })),
      interviews: a.interviews.map((i) => ({ ...i, at: iso(i.at), cancelledAt: isoOrNull(i.cancelledAt) })),
    })),
    trainingEnrolments: user.trainingEnrolments.map((e) => ({ id: e.id, courseTitle: e.course.title, createdAt: iso(e.createdAt) })),
    inbox: user.inbox.map((m) => ({ ...m, createdAt: iso(m.createdAt), readAt: m.readAt ? iso(m.readAt) : null })),
    eventRegistrations: user.eventRegistrations.map((r) => ({ eventTitle: r.event.title, createdAt: iso(r.createdAt), checkedInAt: isoOrNull(r.checkedInAt) })),
    scheduleItems: user.scheduleItems.map((i) => ({ ...i, startsAt: iso(i.startsAt), endsAt: isoOrNull(i.endsAt), createdAt: iso(i.createdAt) })),
    slotBookings: user.interviewSlots.map((s) => ({ ...boothView(s.booth), startsAt: iso(s.startsAt), endsAt: iso(s.endsAt) })),
    boothVisits: user.boothVisits.map((v) => ({ ...boothView(v.booth), boothNumber: v.booth.number, visitedAt: iso(v.createdAt) })),
    subscriptionCredits: user.subscriptionCredits.map((c) => ({ ...c, updatedAt: iso(c.updatedAt) })),
    subscriptionLedger: user.subscriptionLedger.map((e) => ({ ...e, at: iso(e.at) })),
    reminders: user.reminders.map((r) => ({ ...r, sendAt: iso(r.sendAt), sentAt: isoOrNull(r.sentAt) })),
    reports: user.reportsFiled.map((r) => ({ ...r, createdAt: iso(r.createdAt) })),
    auditTrail: auditTrail.map((a) => ({ ...a, at: iso(a.at) })),
    staff: {
      memberships: user.memberships.map((m) => ({ orgName: m.org.name, status: m.status, createdAt: iso(m.createdAt) })),
      // Moves this account made on other people's applications; the student's own are under applications.
      applicationMoves: user.applicationEvents.filter((e) => !ownApplications.has(e.applicationId)).map((e) => ({ ...e, at: iso(e.at) })),
      equipmentBookings: user.bookingsRequested.map((b) => ({ equipmentName: b.equipment.name, start: iso(b.start), end: iso(b.end), status: b.status })),
      eventsCreated: user.eventsCreated.map((e) => ({ ...e, startsAt: iso(e.startsAt), createdAt: iso(e.createdAt) })),
      listVersions: listVersions.map((v) => ({ ...v, at: iso(v.at) })),
      importJobs: importJobs.map((j) => ({ ...j, createdAt: iso(j.createdAt) })),
      reportBases: reportBases.map((b) => ({ ...b, updatedAt: iso(b.updatedAt) })),
      reportsHandled: user.reportsHandled.map((r) => ({ ...r, handledAt: isoOrNull(r.handledAt) })),
      invitations: invitations.map((i) => ({
        orgName: i.org.name, role: i.role, made: i.createdByUserId === userId, accepted: i.usedByUserId === userId, createdAt: iso(i.createdAt), usedAt: isoOrNull(i.usedAt),
      })),
    },
  }
}
