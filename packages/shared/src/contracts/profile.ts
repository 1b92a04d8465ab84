import { z } from 'zod'
import { ApplicationStatus, Education, Role } from './enums'
import { idOf, IsoDateTimeSchema } from './common'
import { clearable, text, visibleName } from './text'

/**
 * The student's résumé (StudentProfile), its completeness, the PIPL export and account deletion.
 * Completeness is a pure function here so the mini-program can show the same "还差…" hints the
 * BFF uses to refuse an application.
 */

const MOBILE = /^1[3-9]\d{9}$/
const adcode = z.string().regex(/^\d{6}$/, { error: '城市代码应为6位数字' })
const shortText = (max: number) => text(max).min(1, { error: '不能为空' })

/** The whole résumé (PUT): every key is sent; null or '' empties an optional text field (decision 096). */
export const ProfileInputSchema = z.object({
  realName: clearable(visibleName(shortText(20), '姓名')),
  collegeId: idOf(64).nullable(),
  majorCode: idOf(20).nullable(),
  grade: z.number().int().min(1, { error: '年级应为1至5' }).max(5, { error: '年级应为1至5' }).nullable(),
  graduationYear: z.number().int().min(2000, { error: '毕业年份不正确' }).max(2100, { error: '毕业年份不正确' }).nullable(),
  education: Education.schema,
  skills: z.array(shortText(30)).max(30, { error: '技能最多30项' }),
  certificates: z.array(shortText(40)).max(20, { error: '证书最多20项' }),
  expectedCities: z.array(adcode).max(5, { error: '意向城市最多5个' }),
  expectedChains: z.array(idOf(20)).max(5, { error: '意向产业链最多5条' }).default([]),
  intro: clearable(text(500)),
  phone: clearable(z.string().trim().regex(MOBILE, { error: '请填写11位手机号' })),
})
export type ProfileInput = z.infer<typeof ProfileInputSchema>

/** The résumé fields, in display order, with the Chinese name the UI and the consent text use. */
export const PROFILE_FIELD_LABELS = {
  realName: '姓名',
  phone: '手机号',
  college: '就读院校',
  major: '专业',
  grade: '年级',
  education: '学历',
  skills: '技能',
  certificates: '证书',
  expectedCities: '意向城市',
  intro: '自我介绍',
} as const
export type ProfileField = keyof typeof PROFILE_FIELD_LABELS
export const ProfileFieldSchema = z.enum(Object.keys(PROFILE_FIELD_LABELS) as [ProfileField, ...ProfileField[]])

/** Without these an enterprise cannot judge or reach the applicant, so applying waits for them. */
export const REQUIRED_TO_APPLY: readonly ProfileField[] = ['realName', 'phone', 'college', 'major', 'grade', 'education', 'skills', 'expectedCities']

export interface ProfileForCompleteness {
  realName?: string | null
  phone?: string | null
  collegeId?: string | null
  majorCode?: string | null
  grade?: number | null
  education?: string | null
  skills?: readonly string[]
  certificates?: readonly string[]
  expectedCities?: readonly string[]
  intro?: string | null
}

export const CompletenessSchema = z.object({
  percent: z.number().int().min(0).max(100),
  /** Chinese names of every empty field. */
  missing: z.array(z.string()),
  /** Chinese names of the empty fields an application needs. */
  missingRequired: z.array(z.string()),
  complete: z.boolean(),
})
export type Completeness = z.infer<typeof CompletenessSchema>

export function profileCompleteness(p: ProfileForCompleteness | null | undefined): Completeness {
  const filled: Record<ProfileField, boolean> = {
    realName: !!p?.realName?.trim(),
    phone: !!p?.phone?.trim(),
    college: !!p?.collegeId,
    major: !!p?.majorCode,
    grade: p?.grade != null,
    education: !!p?.education,
    skills: (p?.skills?.length ?? 0) > 0,
    certificates: (p?.certificates?.length ?? 0) > 0,
    expectedCities: (p?.expectedCities?.length ?? 0) > 0,
    intro: !!p?.intro?.trim(),
  }
  const fields = Object.keys(PROFILE_FIELD_LABELS) as ProfileField[]
  const empty = fields.filter((f) => !filled[f])
  const missingRequired = empty.filter((f) => REQUIRED_TO_APPLY.includes(f)).map((f) => PROFILE_FIELD_LABELS[f])
  return {
    percent: Math.round((100 * (fields.length - empty.length)) / fields.length),
    missing: empty.map((f) => PROFILE_FIELD_LABELS[f]),
    missingRequired,
    complete: missingRequired.length === 0,
  }
}

export const ProfileSchema = z.object({
  realName: z.string().nullable(),
  college: z.object({ id: z.string(), name: z.string() }).nullable(),
  major: z.object({ code: z.string(), name: z.string() }).nullable(),
  grade: z.number().int().nullable(),
  graduationYear: z.number().int().nullable(),
  education: Education.schema,
  skills: z.array(z.string()),
  certificates: z.array(z.string()),
  expectedCities: z.array(z.string()),
  expectedChains: z.array(z.string()),
  intro: z.string().nullable(),
  phone: z.string().nullable(),
  personalisationOff: z.boolean(),
  completeness: CompletenessSchema,
})
export type Profile = z.infer<typeof ProfileSchema>

export const PersonalisationBodySchema = z.object({ enabled: z.boolean() })
export const PersonalisationSchema = z.object({ enabled: z.boolean(), message: z.string() })

export const DeleteAccountBodySchema = z.object({
  confirm: z.literal('注销', { error: '请输入“注销”二字确认注销账号' }),
})
export const DeleteAccountResultSchema = z.object({ deleted: z.literal(true), withdrawnApplications: z.number().int() })

/** Everything the platform holds about the student (PIPL art. 45), as one JSON download. */
export const ProfileExportSchema = z.object({
  exportedAt: IsoDateTimeSchema,
  user: z.object({
    id: z.string(),
    role: Role.schema,
    displayName: z.string(),
    username: z.string().nullable(),
    phone: z.string().nullable(),
    personalisationOff: z.boolean(),
    createdAt: IsoDateTimeSchema,
  }),
  profile: ProfileSchema.omit({ completeness: true, personalisationOff: true }).nullable(),
  applications: z.array(
    z.object({
      id: z.string(),
      status: ApplicationStatus.schema,
      createdAt: IsoDateTimeSchema,
      job: z.object({ id: z.string(), title: z.string(), orgName: z.string() }),
      consentAt: IsoDateTimeSchema,
      consentText: z.string(),
      coverNote: z.string().nullable(),
      events: z.array(z.object({ from: ApplicationStatus.schema.nullable(), to: ApplicationStatus.schema, reason: z.string().nullable(), at: IsoDateTimeSchema })),
      interviews: z.array(z.object({ at: IsoDateTimeSchema, place: z.string(), note: z.string().nullable(), cancelledAt: IsoDateTimeSchema.nullable(), cancelReason: z.string().nullable() })),
    }),
  ),
  trainingEnrolments: z.array(z.object({ id: z.string(), courseTitle: z.string(), createdAt: IsoDateTimeSchema })),
  inbox: z.array(z.object({ title: z.string(), body: z.string(), createdAt: IsoDateTimeSchema, readAt: IsoDateTimeSchema.nullable() })),
  eventRegistrations: z.array(z.object({ eventTitle: z.string(), createdAt: IsoDateTimeSchema, checkedInAt: IsoDateTimeSchema.nullable() })),
  scheduleItems: z.array(z.object({ title: z.string(), startsAt: IsoDateTimeSchema, endsAt: IsoDateTimeSchema.nullable(), place: z.string().nullable(), createdAt: IsoDateTimeSchema })),
  slotBookings: z.array(z.object({ eventTitle: z.string(), orgName: z.string(), startsAt: IsoDateTimeSchema, endsAt: IsoDateTimeSchema })),
  /** Who scanned me: each booth that recorded my visit. */
  boothVisits: z.array(z.object({ eventTitle: z.string(), orgName: z.string(), boothNumber: z.string().nullable(), visitedAt: IsoDateTimeSchema })),
  subscriptionCredits: z.array(z.object({ templateId: z.string(), remaining: z.number().int(), updatedAt: IsoDateTimeSchema })),
  /** Every change to those credits (decision 014): +1 per accept, −1 per message sent, emptied on WeChat's 43101. */
  subscriptionLedger: z.array(z.object({ templateId: z.string(), delta: z.number().int(), reason: z.string(), at: IsoDateTimeSchema })),
  reminders: z.array(z.object({ templateKey: z.string(), sendAt: IsoDateTimeSchema, sentAt: IsoDateTimeSchema.nullable(), status: z.string(), payload: z.unknown() })),
  reports: z.array(z.object({ targetType: z.string(), targetId: z.string(), reason: z.string(), status: z.string(), note: z.string().nullable(), createdAt: IsoDateTimeSchema })),
  /** What I did that the audit trail recorded. */
  auditTrail: z.array(z.object({ action: z.string(), entity: z.string(), entityId: z.string(), at: IsoDateTimeSchema })),
  /** Rows a staff account leaves (empty for students): kept or released on deletion, see decision 026. */
  staff: z.object({
    memberships: z.array(z.object({ orgName: z.string(), status: z.string(), createdAt: IsoDateTimeSchema })),
    applicationMoves: z.array(z.object({ applicationId: z.string(), from: ApplicationStatus.schema.nullable(), to: ApplicationStatus.schema, at: IsoDateTimeSchema })),
    equipmentBookings: z.array(z.object({ equipmentName: z.string(), start: IsoDateTimeSchema, end: IsoDateTimeSchema, status: z.string() })),
    eventsCreated: z.array(z.object({ title: z.string(), startsAt: IsoDateTimeSchema, createdAt: IsoDateTimeSchema })),
    listVersions: z.array(z.object({ listKind: z.string(), listId: z.string(), version: z.number().int(), at: IsoDateTimeSchema })),
    importJobs: z.array(z.object({ listKind: z.string(), fileName: z.string().nullable(), status: z.string(), createdAt: IsoDateTimeSchema })),
    reportBases: z.array(z.object({ year: z.number().int(), source: z.string(), updatedAt: IsoDateTimeSchema })),
    reportsHandled: z.array(z.object({ targetType: z.string(), targetId: z.string(), status: z.string(), handledAt: IsoDateTimeSchema.nullable() })),
    /** Invitations to an organisation this account made or accepted (decision 028); the code itself is never kept. */
    invitations: z.array(z.object({ orgName: z.string(), role: z.string(), made: z.boolean(), accepted: z.boolean(), createdAt: IsoDateTimeSchema, usedAt: IsoDateTimeSchema.nullable() })),
  }),
})
export type ProfileExport = z.infer<typeof ProfileExportSchema>
