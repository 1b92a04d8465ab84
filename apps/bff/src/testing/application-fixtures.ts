/**
 * Builders the job-side route tests share (imported by *.test.ts only): a student whose résumé
 * is complete enough to apply, a recruiter with a verified membership, and a consent naming an
 * enterprise.
 */
import { createCollege, createEnterprise, createMember, createStudent } from '@zhilian/db/factories'
import type { Consent } from '@zhilian/shared/contracts/applications'
import type { ProfileField } from '@zhilian/shared/contracts/profile'
import type { Harness } from './harness'

type Prisma = Harness['prisma']
let phoneSeq = 0

export async function applicant(prisma: Prisma, profile: Parameters<typeof createStudent>[1] extends infer O ? (O extends { profile?: infer P } ? P : never) : never = {}) {
  const college = await createCollege(prisma)
  const phone = `139${String(Date.now() % 1e4).padStart(4, '0')}${String(++phoneSeq % 1e4).padStart(4, '0')}`
  return createStudent(prisma, { profile: { collegeId: college.id, phone, intro: '动手能力强', ...profile } })
}

export async function recruiter(prisma: Prisma, overrides: Parameters<typeof createEnterprise>[1] = {}) {
  const org = await createEnterprise(prisma, overrides)
  const { user } = await createMember(prisma, org)
  return { org, user }
}

const ALL_FIELDS: ProfileField[] = ['realName', 'phone', 'college', 'major', 'grade', 'education', 'skills', 'certificates', 'expectedCities', 'intro']

export const consentFor = (orgId: string, fields: ProfileField[] = ALL_FIELDS): { consent: Consent } => ({
  consent: { recipientOrgId: orgId, purpose: '求职应聘', fields },
})
