import { z } from 'zod'
import { OrgKind, VerificationStatus } from '@zhilian/shared'

export const PendingMembershipSchema = z.object({
  id: z.string(),
  status: VerificationStatus.schema,
  createdAt: z.string(),
  org: z.object({ id: z.string(), name: z.string(), kind: OrgKind.schema, uscc: z.string().nullish() }),
  applicant: z.object({ displayName: z.string(), phone: z.string().nullish() }),
})
export type PendingMembership = z.infer<typeof PendingMembershipSchema>

export const PendingMembershipPageSchema = z.object({
  items: z.array(PendingMembershipSchema),
  nextCursor: z.string().nullable(),
})

export const VerifyDecision = z.enum(['approve', 'reject'])
export const VerifyMembershipSchema = z.object({ decision: VerifyDecision, note: z.string().trim().optional() })
export type VerifyMembership = z.infer<typeof VerifyMembershipSchema>
