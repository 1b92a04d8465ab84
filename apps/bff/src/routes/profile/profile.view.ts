import type { Prisma } from '@zhilian/db'
import { profileCompleteness } from '@zhilian/shared/contracts/profile'
import type { Db } from '../../lib/types'

export const profileSelect = {
  realName: true,
  collegeId: true,
  majorCode: true,
  grade: true,
  graduationYear: true,
  education: true,
  skills: true,
  certificates: true,
  expectedCities: true,
  expectedChains: true,
  intro: true,
  phone: true,
  college: { select: { id: true, name: true } },
  major: { select: { code: true, name: true } },
} satisfies Prisma.StudentProfileSelect

type Row = Prisma.StudentProfileGetPayload<{ select: typeof profileSelect }>

export function toProfileFields(row: Row) {
  const { collegeId: _c, majorCode: _m, ...rest } = row
  return rest
}

/** A student who never filled the résumé sees an empty one, not a 404. */
export async function loadProfile(db: Db, userId: string) {
  const [row, user] = await Promise.all([
    db.studentProfile.findUnique({ where: { userId }, select: profileSelect }),
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { personalisationOff: true } }),
  ])
  const fields = row
    ? toProfileFields(row)
    : {
        realName: null, college: null, major: null, grade: null, graduationYear: null, education: 'none' as const,
        skills: [], certificates: [], expectedCities: [], expectedChains: [], intro: null, phone: null,
      }
  return { ...fields, personalisationOff: user.personalisationOff, completeness: profileCompleteness(row) }
}
