import { z } from 'zod'
import { OrgKind, VerificationStatus } from '@zhilian/shared'
import { SessionUserSchema } from './auth'

export const MembershipSchema = z.object({
  id: z.string(),
  status: VerificationStatus.schema,
  org: z.object({
    id: z.string(),
    name: z.string(),
    kind: OrgKind.schema,
    status: VerificationStatus.schema.optional(),
    contactName: z.string().nullish(),
    contactPhone: z.string().nullish(),
    city: z.string().nullish(),
  }),
})
export type Membership = z.infer<typeof MembershipSchema>

export const MeSchema = z.object({
  user: SessionUserSchema,
  memberships: z.array(MembershipSchema).default([]),
})
export type Me = z.infer<typeof MeSchema>
