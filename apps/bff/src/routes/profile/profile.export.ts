import { readConsent } from '@zhilian/shared/contracts/applications'
import type { ProfileExport } from '@zhilian/shared/contracts/profile'
import type { Db } from '../../lib/types'
import { profileSelect, toProfileFields } from './profile.view'

const iso = (d: Date) => d.toISOString()

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
          interviews: { orderBy: { at: 'asc' }, select: { at: true, place: true, note: true } },
        },
      },
      trainingEnrolments: { orderBy: { createdAt: 'asc' }, select: { id: true, createdAt: true, course: { select: { title: true } } } },
      inbox: { orderBy: { createdAt: 'asc' }, select: { title: true, body: true, createdAt: true, readAt: true } },
      eventRegistrations: { orderBy: { createdAt: 'asc' }, select: { createdAt: true, event: { select: { title: true } } } },
    },
  })
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
      interviews: a.interviews.map((i) => ({ ...i, at: iso(i.at) })),
    })),
    trainingEnrolments: user.trainingEnrolments.map((e) => ({ id: e.id, courseTitle: e.course.title, createdAt: iso(e.createdAt) })),
    inbox: user.inbox.map((m) => ({ ...m, createdAt: iso(m.createdAt), readAt: m.readAt ? iso(m.readAt) : null })),
    eventRegistrations: user.eventRegistrations.map((r) => ({ eventTitle: r.event.title, createdAt: iso(r.createdAt) })),
  }
}
