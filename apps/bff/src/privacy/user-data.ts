import type { ProfileExport } from '@zhilian/shared/contracts/profile'

/**
 * Every column that keys a row to a user, with where GET /api/profile/export puts those rows and what
 * account deletion does to them (decision 026). `user-data.test.ts` derives the list of user-keyed
 * columns from prisma/schema.prisma and fails when this table misses one, so a new table cannot hold
 * personal data without being exported and erased.
 *
 * - delete: the rows go.
 * - release: the key is set to null and the row stays for its other owner (a booth's slot, a booking).
 * - anonymise: the row stays because someone else relies on it; what identifies or was written by the
 *   user is blanked, and the key points at the anonymised user stub.
 */
type Erasure = 'delete' | 'release' | 'anonymise'
type Section = Exclude<keyof ProfileExport, 'exportedAt' | 'staff'> | `staff.${keyof ProfileExport['staff']}`

export interface UserKeyed {
  export: Section
  erase: Erasure
  why: string
}

export const ERASED_NAME = '已注销用户'
/** What an application's consent text becomes: no longer a consent, so it grants nothing (enterprise-applications/consent.ts). */
export const ERASED_CONSENT = '（账号已注销，授权已失效）'

export const USER_DATA: Record<string, UserKeyed> = {
  'User.id': { export: 'user', erase: 'anonymise', why: 'the stub keeps ids others point at valid; name, sign-in ids and phone go, sessions end' },
  'StudentProfile.userId': { export: 'profile', erase: 'delete', why: 'the résumé is the student’s alone' },
  'Application.studentUserId': { export: 'applications', erase: 'anonymise', why: 'the enterprise keeps its hiring record; cover note and consent text go, open ones are withdrawn' },
  'ApplicationEvent.byUserId': { export: 'applications', erase: 'anonymise', why: 'the timeline stays whole; who moved it and the reasons the user wrote go' },
  'TrainingEnrolment.studentUserId': { export: 'trainingEnrolments', erase: 'delete', why: 'frees the seat' },
  'EventRegistration.userId': { export: 'eventRegistrations', erase: 'delete', why: 'frees the place; the organiser’s totals are counts' },
  'ScheduleItem.userId': { export: 'scheduleItems', erase: 'delete', why: 'a personal agenda' },
  'InterviewSlot.bookedByUserId': { export: 'slotBookings', erase: 'release', why: 'the booth can offer the slot again' },
  'BoothVisit.userId': { export: 'boothVisits', erase: 'delete', why: 'a record of where the person was' },
  'SubscriptionCredit.userId': { export: 'subscriptionCredits', erase: 'delete', why: 'consents to WeChat messages end with the account' },
  'SubscriptionCreditEntry.userId': { export: 'subscriptionLedger', erase: 'delete', why: 'the history of those consents goes with them' },
  'Reminder.userId': { export: 'reminders', erase: 'delete', why: 'nothing is sent to a deleted account; a queued job finds no row and completes' },
  'InboxMessage.userId': { export: 'inbox', erase: 'delete', why: 'messages to the person' },
  'Report.reporterUserId': { export: 'reports', erase: 'delete', why: 'free text the person wrote; the reported content is judged on its own' },
  'AuditLog.actorUserId': { export: 'auditTrail', erase: 'anonymise', why: 'the trail stays whole (append-only); the actor name shown is the stub’s' },
  'Membership.userId': { export: 'staff.memberships', erase: 'delete', why: 'the account no longer acts for the organisation' },
  'EquipmentBooking.requestedByUserId': { export: 'staff.equipmentBookings', erase: 'release', why: 'the booking is the enterprise’s' },
  'Event.createdByUserId': { export: 'staff.eventsCreated', erase: 'anonymise', why: 'the event is the organiser’s; the creator becomes the stub' },
  'ListVersion.byUserId': { export: 'staff.listVersions', erase: 'anonymise', why: '版本留痕 is the organisation’s record; the author becomes the stub' },
  'ImportJob.userId': { export: 'staff.importJobs', erase: 'delete', why: 'an upload’s progress record, of no use once finished' },
  'ReportBasis.updatedByUserId': { export: 'staff.reportBases', erase: 'release', why: 'the figure is the province’s; who set it goes' },
  'Report.handledByUserId': { export: 'staff.reportsHandled', erase: 'release', why: 'the decision stays; who took it goes' },
  'OrgInvitation.createdByUserId': { export: 'staff.invitations', erase: 'anonymise', why: 'the organisation keeps who was invited with which role; the inviter becomes the stub, and open codes are revoked' },
  'OrgInvitation.usedByUserId': { export: 'staff.invitations', erase: 'release', why: 'the spent code stays spent; who spent it goes' },
}
