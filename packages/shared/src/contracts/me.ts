import { z } from 'zod'
import { AdminDepartment, Education, OrgKind, Role, VerificationStatus } from './enums'
import { ReviewKind } from './review'
import { MemberRoleSchema, OrgPermissionSchema } from './members'

export const MyMembershipSchema = z.object({
  id: z.string(),
  status: VerificationStatus.schema,
  isOwner: z.boolean(),
  /** The member's role (decision 028) and what it may do, so pages hide what the role cannot do. */
  role: MemberRoleSchema,
  permissions: z.array(OrgPermissionSchema),
  org: z.object({
    id: z.string(), name: z.string(), kind: OrgKind.schema, verification: VerificationStatus.schema,
    /** Who suspended the unit and why (decision 083): its members read it on their workbench; null unless suspended. */
    suspension: z.object({ by: z.string(), reason: z.string() }).nullable(),
  }),
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

/** An administrator's scope as the admin area shows it (decision 021). */
export const MyAdminScopeSchema = z.object({
  department: AdminDepartment.schema,
  cityCode: z.string().nullable(),
  groupingId: z.string().nullable(),
  /** e.g. "淄博市教育局 · 仅本市院校" */
  label: z.string(),
  reviewKinds: z.array(ReviewKind),
  canDecide: z.boolean(),
  /** Province-wide administration (chains, the report's basis). */
  province: z.boolean(),
})
export type MyAdminScope = z.infer<typeof MyAdminScopeSchema>

export const MeSchema = z.object({
  user: z.object({
    id: z.string(),
    role: Role.schema,
    displayName: z.string(),
    personalisationOff: z.boolean(),
  }),
  memberships: z.array(MyMembershipSchema),
  student: MyStudentSummarySchema.nullable(),
  /** Administrators only. */
  admin: MyAdminScopeSchema.nullable(),
})
export type Me = z.infer<typeof MeSchema>
