import { z } from 'zod'
import { CursorQuerySchema, dateTimeInput, IdSchema, idOf, IsoDateTimeSchema, listOf, pageOf } from './common'
import { text } from './text'
import { ApplicationStatus, Education, JobStatus } from './enums'
import { PROFILE_FIELD_LABELS, ProfileFieldSchema, type ProfileField } from './profile'

/**
 * Applying (with PIPL art. 23 consent), the student's own applications, and the enterprise's
 * applicant pipeline. Status moves go through rules/application-pipeline.ts on both sides.
 */

/** The consent a student gives when applying: to whom, for what, which résumé fields. */
export const ConsentSchema = z.object({
  recipientOrgId: idOf(64, '请确认接收简历的企业'),
  purpose: text(100).min(2, { error: '请说明用途' }),
  fields: z
    .array(ProfileFieldSchema)
    .min(1, { error: '请至少选择一项要提供的信息' })
    .refine((f) => new Set(f).size === f.length, { error: '信息项不能重复' }),
})
export type Consent = z.infer<typeof ConsentSchema>

export const ApplyBodySchema = z.object({
  consent: ConsentSchema,
  coverNote: text(300).optional(),
})
export type ApplyBody = z.infer<typeof ApplyBodySchema>

/**
 * What is stored in Application.consentText: the sentence the student agreed to, plus the same
 * facts in fields the BFF reads back to decide what an enterprise may see.
 */
export const ConsentRecordSchema = z.object({
  v: z.literal(1),
  text: z.string(),
  recipientOrgId: z.string(),
  recipientName: z.string(),
  purpose: z.string(),
  fields: z.array(ProfileFieldSchema),
})
export type ConsentRecord = z.infer<typeof ConsentRecordSchema>

/** What an application's consent is for. The sentence quotes it in 「」, so the job title inside takes 『』. */
export function consentPurpose(jobTitle: string): string {
  return `应聘『${jobTitle}』岗位`.slice(0, 100)
}

export function consentSentence(recipientName: string, purpose: string, fields: readonly ProfileField[]): string {
  const names = fields.map((f) => PROFILE_FIELD_LABELS[f]).join('、')
  return `本人同意将以下个人信息提供给「${recipientName}」，仅用于「${purpose}」：${names}。`
}

/** Reads a stored consent; an unreadable one grants nothing. */
export function readConsent(consentText: string): ConsentRecord | undefined {
  try {
    const parsed = ConsentRecordSchema.safeParse(JSON.parse(consentText))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

export const ApplicationEventSchema = z.object({
  from: ApplicationStatus.schema.nullable(),
  to: ApplicationStatus.schema,
  reason: z.string().nullable(),
  at: IsoDateTimeSchema,
})

/** One interview round; a cancelled one keeps its time, with when and why it was cancelled (decision 112). */
export const InterviewSchema = z.object({
  id: z.string(),
  at: IsoDateTimeSchema,
  place: z.string(),
  note: z.string().nullable(),
  cancelledAt: IsoDateTimeSchema.nullable(),
  cancelReason: z.string().nullable(),
})

export const ApplyResultSchema = z.object({
  id: z.string(),
  status: ApplicationStatus.schema,
  consentAt: IsoDateTimeSchema,
  consentText: z.string(),
})

export const MyApplicationSchema = z.object({
  id: z.string(),
  status: ApplicationStatus.schema,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  canWithdraw: z.boolean(),
  /** `offlineWithUnit`: the job went offline because its unit was suspended (decisions 083, 101), not by the unit. */
  job: z.object({ id: z.string(), title: z.string(), status: JobStatus.schema, cityCode: z.string(), offlineWithUnit: z.boolean() }),
  org: z.object({ id: z.string(), name: z.string() }),
  timeline: z.array(ApplicationEventSchema),
  interviews: z.array(InterviewSchema),
})
export type MyApplication = z.infer<typeof MyApplicationSchema>
export const MyApplicationsPageSchema = pageOf(MyApplicationSchema)
/** `jobId` narrows the list to one job, so a job page knows the student already applied to it. */
export const MyApplicationsQuerySchema = CursorQuerySchema.extend({ jobId: IdSchema.optional() })

// ───── enterprise side ─────

/** Résumé fields the student consented to share; absent keys were not consented. */
export const ApplicantResumeSchema = z.object({
  realName: z.string().nullable().optional(),
  college: z.string().nullable().optional(),
  major: z.string().nullable().optional(),
  grade: z.number().int().nullable().optional(),
  education: Education.schema.optional(),
  skills: z.array(z.string()).optional(),
  certificates: z.array(z.string()).optional(),
  expectedCities: z.array(z.string()).optional(),
  intro: z.string().nullable().optional(),
})

export const ApplicantSchema = z.object({
  id: z.string(),
  status: ApplicationStatus.schema,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  coverNote: z.string().nullable(),
  consentFields: z.array(ProfileFieldSchema),
  /** Full number only when the student consented to share it with this enterprise; else 138****1234. */
  phone: z.string().nullable(),
  phoneMasked: z.boolean(),
  resume: ApplicantResumeSchema,
  allowed: z.array(z.object({ status: ApplicationStatus.schema, needsReason: z.boolean() })),
})
export type Applicant = z.infer<typeof ApplicantSchema>

export const ApplicantsSchema = z.object({
  job: z.object({ id: z.string(), title: z.string(), status: JobStatus.schema, headcount: z.number().int(), hiredCount: z.number().int() }),
  stages: z.array(z.object({ status: ApplicationStatus.schema, label: z.string(), count: z.number().int(), items: z.array(ApplicantSchema) })),
})
export type Applicants = z.infer<typeof ApplicantsSchema>

export const ApplicationDetailSchema = ApplicantSchema.extend({
  job: z.object({ id: z.string(), title: z.string() }),
  timeline: z.array(ApplicationEventSchema),
  interviews: z.array(InterviewSchema),
})
export type ApplicationDetail = z.infer<typeof ApplicationDetailSchema>

const reason = text(200).optional()

export const TransitionBodySchema = z.object({ to: ApplicationStatus.schema, reason })
export type TransitionBody = z.infer<typeof TransitionBodySchema>

export const TransitionResultSchema = z.object({
  id: z.string(),
  status: ApplicationStatus.schema,
  job: z.object({ id: z.string(), status: JobStatus.schema, hiredCount: z.number().int(), headcount: z.number().int() }),
})

export const BulkTransitionBodySchema = z.object({
  ids: z
    .array(IdSchema)
    .min(1, { error: '请至少选择一份投递' })
    .max(100, { error: '一次最多处理100份投递' })
    .refine((ids) => new Set(ids).size === ids.length, { error: '投递不能重复' }),
  to: ApplicationStatus.schema,
  reason,
})
export type BulkTransitionBody = z.infer<typeof BulkTransitionBodySchema>

export const BulkTransitionResultSchema = z.object({
  succeeded: z.number().int(),
  failed: z.number().int(),
  results: z.array(
    z.object({ id: z.string(), ok: z.boolean(), status: ApplicationStatus.schema.optional(), code: z.string().optional(), message: z.string().optional() }),
  ),
})

export const InterviewBodySchema = z.object({
  at: dateTimeInput({ error: '请选择面试时间' }),
  place: text(100).min(2, { error: '请填写面试地点' }),
  note: text(300).optional(),
})
export type InterviewBody = z.infer<typeof InterviewBodySchema>

export const InterviewResultSchema = z.object({ id: z.string(), status: ApplicationStatus.schema, interview: InterviewSchema })

export const InterviewCancelBodySchema = z.object({ reason: text(200).min(2, { error: '请填写取消原因，学生会看到' }) })
export type InterviewCancelBody = z.infer<typeof InterviewCancelBodySchema>

export const ApplicantsListSchema = listOf(ApplicantSchema)
