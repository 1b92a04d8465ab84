import { readConsent } from '@zhilian/shared/contracts/applications'
import type { ProfileField } from '@zhilian/shared/contracts/profile'
import { maskedIfPhone } from '../lib/phone-mask'
import type { Db } from '../lib/types'

/** What an enterprise sees instead of a student's name when the student has not let it see the name. */
export const UNNAMED_STUDENT = '学生（未授权姓名）'

/**
 * What each student agreed to show this organisation: the union over their applications to it whose
 * consent names it. Consent ends with withdrawal (PIPL art. 15) and with the account (art. 47), so a
 * withdrawn application, or any application of a deleted account, grants nothing. Every place that
 * shows a student to an enterprise asks here, so there is one rule for all of them.
 */
export async function consentedFields(db: Db, orgId: string, studentIds: string[]): Promise<Map<string, Set<ProfileField>>> {
  const rows = studentIds.length
    ? await db.application.findMany({
      where: { studentUserId: { in: studentIds }, job: { orgId }, status: { not: 'withdrawn' }, student: { deletedAt: null } },
      select: { studentUserId: true, consentText: true },
    })
    : []
  const texts = new Map<string, string[]>()
  for (const row of rows) texts.set(row.studentUserId, [...(texts.get(row.studentUserId) ?? []), row.consentText])
  const out = new Map<string, Set<ProfileField>>()
  for (const [id, list] of texts) {
    const fields = fieldsFromConsents(orgId, list)
    if (fields) out.set(id, fields)
  }
  return out
}

/**
 * The union of the fields one student's live consent texts grant `orgId`; undefined when none names it. The
 * caller has already kept only live applications (not withdrawn, account not deleted) to the organisation.
 */
export function fieldsFromConsents(orgId: string, consentTexts: string[]): Set<ProfileField> | undefined {
  let fields: Set<ProfileField> | undefined
  for (const text of consentTexts) {
    const consent = readConsent(text)
    if (!consent || consent.recipientOrgId !== orgId) continue
    fields ??= new Set<ProfileField>()
    consent.fields.forEach((f) => fields!.add(f))
  }
  return fields
}

/**
 * The name a student shows an organisation holding these consented fields: their own only where the consent includes
 * the name; a phone-shaped name (an account name kept as the display name) masked unless the phone is consented too,
 * since consenting to the name is not consenting to the number (decision 060).
 */
export function consentedName(displayName: string, fields: ReadonlySet<ProfileField> | undefined): string {
  if (!fields?.has('realName')) return UNNAMED_STUDENT
  return fields.has('phone') ? displayName : maskedIfPhone(displayName)
}

/** The name each student shows this organisation (`consentedName`). */
export async function studentNames(db: Db, orgId: string, students: { id: string; displayName: string }[]): Promise<Map<string, string>> {
  const consents = await consentedFields(db, orgId, [...new Set(students.map((s) => s.id))])
  return new Map(students.map((s) => [s.id, consentedName(s.displayName, consents.get(s.id))]))
}
