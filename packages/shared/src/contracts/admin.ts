import { z } from 'zod'
import { OrgKind, Role, VerificationStatus } from './enums'
import { ChainSchema } from './reference'
import { CursorQuerySchema, IdSchema, idOf, IsoDateTimeSchema, pageOf } from './common'
import { text, visibleName } from './text'

export const MembershipQueueQuerySchema = CursorQuerySchema.extend({
  status: VerificationStatus.schema.default('pending'),
})
export type MembershipQueueQuery = z.infer<typeof MembershipQueueQuerySchema>

/** What an administrator sees of any organisation first. */
const orgFacts = {
  id: z.string(),
  name: z.string(),
  kind: OrgKind.schema,
  uscc: z.string(),
  cityCode: z.string(),
  verification: VerificationStatus.schema,
}

export const MembershipReviewItemSchema = z.object({
  id: z.string(),
  status: VerificationStatus.schema,
  isOwner: z.boolean(),
  createdAt: IsoDateTimeSchema,
  user: z.object({ id: z.string(), displayName: z.string(), role: Role.schema }),
  org: z.object({ ...orgFacts, contactName: z.string(), contactPhone: z.string() }),
})
export type MembershipReviewItem = z.infer<typeof MembershipReviewItemSchema>
export const MembershipReviewPageSchema = pageOf(MembershipReviewItemSchema)

export const VerifyMembershipBodySchema = z.object({
  decision: z.enum(['verified', 'rejected']),
  note: text(200).optional(),
})
export type VerifyMembershipBody = z.infer<typeof VerifyMembershipBodySchema>

export const VerifyMembershipResultSchema = z.object({
  id: z.string(),
  status: VerificationStatus.schema,
  org: z.object({ id: z.string(), verification: VerificationStatus.schema }),
})
export type VerifyMembershipResult = z.infer<typeof VerifyMembershipResultSchema>

export const ChainPatchBodySchema = z
  .object({
    name: visibleName(text(30).min(1), '产业链名称').optional(),
    active: z.boolean().optional(),
    sortOrder: z.number().int().min(0).max(9999).optional(),
  })
  .refine((body) => Object.values(body).some((v) => v !== undefined), { message: '请至少修改一项' })
export type ChainPatchBody = z.infer<typeof ChainPatchBodySchema>

export const ChainRelevanceSchema = z.enum(['core', 'supporting', 'core_secondary_vocational'])
export const ChainRelevanceLabels = { core: '核心专业', supporting: '支撑专业', core_secondary_vocational: '中职核心专业' } as const

export const ChainMajorsBodySchema = z.object({
  majors: z
    .array(z.object({ majorCode: idOf(20), relevance: ChainRelevanceSchema }))
    .max(300)
    .refine((list) => new Set(list.map((m) => m.majorCode)).size === list.length, { message: '专业不能重复' }),
})
export type ChainMajorsBody = z.infer<typeof ChainMajorsBodySchema>

export const AdminChainSchema = ChainSchema
export type AdminChain = z.infer<typeof AdminChainSchema>

/** An organisation as an administrator manages it (decision 014: the trusted-poster setting). */
export const AdminOrgSchema = z.object({
  ...orgFacts,
  trustedPoster: z.boolean(),
  /**
   * Jobs waiting in the review queue, jobs open now (what 暂停 takes offline) and jobs its suspension took offline
   * (what 恢复 puts back, decision 083).
   */
  jobs: z.object({ pendingReview: z.number().int(), open: z.number().int(), suspended: z.number().int() }),
  /**
   * What the caller may do to this organisation, as the server will judge it (decision 069): the page offers only
   * these. Consortium and park administrators follow their members but decide nothing (decision 021), so both are
   * false for them.
   */
  may: z.object({ setTrusted: z.boolean(), resetOwnerSignIn: z.boolean(), suspend: z.boolean(), verifyLabels: z.boolean() }),
  /** The 企业称号 the unit claims, each verified by an administrator or only declared by the unit (decision 096). */
  labels: z.array(z.object({ id: z.string(), name: z.string(), verified: z.boolean() })),
  /** The unit's suspension (decision 083): when, by whom in words, why; null unless `verification` is `suspended`. */
  suspension: z.object({ at: IsoDateTimeSchema, by: z.string(), reason: z.string() }).nullable(),
})
export type AdminOrg = z.infer<typeof AdminOrgSchema>

export const TrustedPosterBodySchema = z.object({
  trusted: z.boolean(),
  /** Why, for the audit log: trust is a decision someone answers for. */
  reason: text(200).min(2, { error: '请填写理由（至少2个字）' }),
})
export type TrustedPosterBody = z.infer<typeof TrustedPosterBodySchema>

/** Marking one claimed 企业称号 as verified (its proof checked) or back to only declared (decision 096). */
export const LabelVerificationParamSchema = z.object({ id: IdSchema, labelId: idOf(40) })
export const LabelVerificationBodySchema = z.object({ verified: z.boolean({ error: '请说明是核验还是撤销核验' }) })
export type LabelVerificationBody = z.infer<typeof LabelVerificationBodySchema>

/** 暂停/恢复单位 (decision 083): the reason is required; a suspension's reason is what the unit's members read. */
export const OrgSuspensionBodySchema = z.object({
  reason: text(200).min(2, { error: '请写明原因（至少2个字）' }),
})
export type OrgSuspensionBody = z.infer<typeof OrgSuspensionBodySchema>
