import { Prisma } from '@zhilian/db'
import { AppError, Education, type StudentForScoring } from '@zhilian/shared'
import { z } from 'zod'
import { majorSupplyVersion } from '../analytics/major-supply'
import { referenceVersion } from '../lib/recommend-context'
import type { HotSql } from '../lib/types'

const MeRowSchema = z.object({
  off: z.boolean(),
  hasProfile: z.boolean(),
  majorCode: z.string().nullable(),
  majorName: z.string().nullable(),
  education: Education.schema.nullable(),
  skills: z.array(z.string()).nullable(),
  expectedCities: z.array(z.string()).nullable(),
  expectedChains: z.array(z.string()).nullable(),
  collegeCity: z.string().nullable(),
  referenceVersion: z.string(),
  supplyVersion: z.string(),
})

export interface Personalisation {
  /** Undefined when the student has no profile yet. */
  student?: StudentForScoring
  chains: string[]
  off: boolean
  /** The reference data's fingerprint (lib/recommend-context), read in the same statement. */
  referenceVersion: string
  /** The supply lists' fingerprint (analytics/major-supply), for the tie-break: read here, not in a statement of its own. */
  supplyVersion: string
}

/**
 * Everything a recommendation needs to know about the student, in one statement (decision 030): the
 * personalisation switch, the profile as the scorer reads it (its major's name, its college's city), the chains
 * they are after, and the fingerprints of the reference data and of the supply lists — where three Prisma reads used to fetch the profile twice.
 */
export async function loadPersonalisation(sql: HotSql, userId: string): Promise<Personalisation> {
  const [raw] = await sql(Prisma.sql`
    SELECT u."personalisationOff" AS "off", p."userId" IS NOT NULL AS "hasProfile", p."majorCode", mj."name" AS "majorName",
      p."education"::text AS "education", p."skills", p."expectedCities", p."expectedChains", col."cityCode" AS "collegeCity",
      ${referenceVersion} AS "referenceVersion", ${majorSupplyVersion} AS "supplyVersion"
    FROM "User" u
    LEFT JOIN "StudentProfile" p ON p."userId" = u."id"
    LEFT JOIN "Major" mj ON mj."code" = p."majorCode"
    LEFT JOIN "Organization" col ON col."id" = p."collegeId"
    WHERE u."id" = ${userId}`)
  // The session check read this user a moment ago; gone now means deleted in between.
  if (!raw) throw new AppError('UNAUTHENTICATED', { userMessage: '账号不存在或已注销', internal: 'user gone' })
  const r = MeRowSchema.parse(raw)
  const student: StudentForScoring | undefined = r.hasProfile && r.education
    ? {
      majorCode: r.majorCode ?? undefined,
      majorName: r.majorName ?? undefined,
      education: r.education,
      skills: r.skills ?? [],
      expectedCities: r.expectedCities ?? [],
      cityCode: r.collegeCity ?? undefined,
    }
    : undefined
  return { student, chains: r.expectedChains ?? [], off: r.off, referenceVersion: r.referenceVersion, supplyVersion: r.supplyVersion }
}
