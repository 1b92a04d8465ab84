import type { Prisma } from '@zhilian/db'
import { allowedTargets } from '@zhilian/shared'
import type { ProfileField } from '@zhilian/shared/contracts/profile'
import { maskPhone } from '../lib/phone-mask'

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
    // The cover note was written for a live application; a withdrawn one keeps it from the enterprise.
    coverNote: row.status === 'withdrawn' ? null : row.coverNote,
    consentFields: [...fields],
    phone: phone ? (phoneShown ? phone : maskPhone(phone)) : null,
    phoneMasked: !!phone && !phoneShown,
    resume,
    allowed: allowedTargets(row.status, 'enterprise'),
  }
}
