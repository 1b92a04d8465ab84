import type { Prisma } from '@zhilian/db'
import { allowedTargets } from '@zhilian/shared'
import { readConsent } from '@zhilian/shared/contracts/applications'
import type { ProfileField } from '@zhilian/shared/contracts/profile'
import type { Db } from '../../lib/types'

export const applicantSelect = {
  id: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  coverNote: true,
  studentUserId: true,
  student: {
    select: {
      phone: true,
      studentProfile: {
        select: {
          realName: true, grade: true, education: true, skills: true, certificates: true, expectedCities: true, intro: true, phone: true,
          college: { select: { name: true } },
          major: { select: { name: true } },
        },
      },
    },
  },
} satisfies Prisma.ApplicationSelect

type Row = Prisma.ApplicationGetPayload<{ select: typeof applicantSelect }>

/** 138****1234: enough to recognise, not enough to call. */
export const maskPhone = (phone: string) => (phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****')

/**
 * What each student agreed to show this organisation: the union over all their applications to it
 * whose consent names it. Nothing is shown without such a consent.
 */
export async function consentedFields(db: Db, orgId: string, studentIds: string[]): Promise<Map<string, Set<ProfileField>>> {
  const rows = studentIds.length
    ? await db.application.findMany({ where: { studentUserId: { in: studentIds }, job: { orgId } }, select: { studentUserId: true, consentText: true } })
    : []
  const out = new Map<string, Set<ProfileField>>()
  for (const row of rows) {
    const consent = readConsent(row.consentText)
    if (!consent || consent.recipientOrgId !== orgId) continue
    const set = out.get(row.studentUserId) ?? new Set<ProfileField>()
    consent.fields.forEach((f) => set.add(f))
    out.set(row.studentUserId, set)
  }
  return out
}

export function toApplicant(row: Row, fields: ReadonlySet<ProfileField> = new Set()) {
  const p = row.student.studentProfile
  const phone = p?.phone ?? row.student.phone
  const shows = (f: ProfileField) => fields.has(f)
  const resume = {
    ...(shows('realName') ? { realName: p?.realName ?? null } : {}),
    ...(shows('college') ? { college: p?.college?.name ?? null } : {}),
    ...(shows('major') ? { major: p?.major?.name ?? null } : {}),
    ...(shows('grade') ? { grade: p?.grade ?? null } : {}),
    ...(shows('education') && p ? { education: p.education } : {}),
    ...(shows('skills') ? { skills: p?.skills ?? [] } : {}),
    ...(shows('certificates') ? { certificates: p?.certificates ?? [] } : {}),
    ...(shows('expectedCities') ? { expectedCities: p?.expectedCities ?? [] } : {}),
    ...(shows('intro') ? { intro: p?.intro ?? null } : {}),
  }
  const phoneShown = shows('phone')
  return {
    id: row.id,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    coverNote: row.coverNote,
    consentFields: [...fields],
    phone: phone ? (phoneShown ? phone : maskPhone(phone)) : null,
    phoneMasked: !!phone && !phoneShown,
    resume,
    allowed: allowedTargets(row.status, 'enterprise'),
  }
}
