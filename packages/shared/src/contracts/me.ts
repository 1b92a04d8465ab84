import { z } from 'zod'
import { Education, OrgKind, Role, VerificationStatus } from './enums'

export const MyMembershipSchema = z.object({
  id: z.string(),
  status: VerificationStatus.schema,
  isOwner: z.boolean(),
  org: z.object({ id: z.string(), name: z.string(), kind: OrgKind.schema, verification: VerificationStatus.schema }),
})
export type MyMembership = z.infer<typeof MyMembershipSchema>

export const MyStudentSummarySchema = z.object({
  realName: z.string().nullable(),
  college: z.object({ id: z.string(), name: z.string() }).nullable(),
  major: z.object({ code: z.string(), name: z.string() }).nullable(),
  graduationYear: z.number().int().nullable(),
  education: Education.schema,
})
export type MyStudentSummary = z.infer<typeof MyStudentSummarySchema>

export const MeSchema = z.object({
  user: z.object({
    id: z.string(),
    role: Role.schema,
    displayName: z.string(),
    personalisationOff: z.boolean(),
  }),
  memberships: z.array(MyMembershipSchema),
  student: MyStudentSummarySchema.nullable(),
})
export type Me = z.infer<typeof MeSchema>
