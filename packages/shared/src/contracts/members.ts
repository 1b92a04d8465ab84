import { z } from 'zod'
import { IdSchema } from './common'
import { OrgKind, OrgRole, VerificationStatus } from './enums'
import { text } from './text'

/** Organisations with several people (decision 028): members, their roles, and one-time invitation codes. */

export const MemberRoleSchema = z.enum(['owner', 'manager', 'hr', 'list_filler', 'viewer'])
export const OrgPermissionSchema = z.enum(['applicants', 'jobs', 'lists', 'cooperation', 'members', 'profile', 'view'])

/** Eight characters without 0/O/1/I, so a code read aloud or typed from a screenshot is not mistyped. */
export const INVITATION_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
export const INVITATION_CODE_LENGTH = 8
/** What a person types: spaces, dashes and case are forgiven. */
export const InvitationCodeSchema = text(40, { required: '请输入邀请码', tooLong: '邀请码格式不正确' })
  .transform((s) => s.replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().regex(new RegExp(`^[${INVITATION_CODE_ALPHABET}]{${INVITATION_CODE_LENGTH}}$`), { error: '邀请码应为8位字母或数字' }))

export const MemberParamSchema = z.object({ id: IdSchema, memberId: IdSchema })
export const InvitationParamSchema = z.object({ id: IdSchema, invitationId: IdSchema })

export const MemberSchema = z.object({
  /** The membership's id: what role changes, removal and hand-over name. */
  id: z.string(),
  displayName: z.string(),
  role: MemberRoleSchema,
  status: VerificationStatus.schema,
  joinedAt: z.string(),
  isMe: z.boolean(),
})
export type Member = z.infer<typeof MemberSchema>

export const InvitationSchema = z.object({
  id: z.string(),
  role: OrgRole.schema,
  /** The code's last two characters: the code itself is shown once, when it is made. */
  codeHint: z.string(),
  state: z.enum(['open', 'used', 'expired', 'revoked']),
  expiresAt: z.string(),
  createdAt: z.string(),
  usedBy: z.string().nullable(),
})
export type Invitation = z.infer<typeof InvitationSchema>

export const MembersViewSchema = z.object({
  org: z.object({ id: z.string(), name: z.string(), kind: OrgKind.schema }),
  /** Who suspended the unit and why, while it is suspended (decisions 083, 101): members read, nobody is added. */
  suspension: z.object({ by: z.string(), reason: z.string() }).nullable(),
  myRole: MemberRoleSchema,
  canManage: z.boolean(),
  members: z.array(MemberSchema),
  /** Owners only: the last 20 invitations. */
  invitations: z.array(InvitationSchema),
})
export type MembersView = z.infer<typeof MembersViewSchema>

export const CreateInvitationBodySchema = z.object({ role: OrgRole.schema })
export type CreateInvitationBody = z.infer<typeof CreateInvitationBodySchema>

export const CreatedInvitationSchema = z.object({
  id: z.string(),
  code: z.string(),
  role: OrgRole.schema,
  expiresAt: z.string(),
})
export type CreatedInvitation = z.infer<typeof CreatedInvitationSchema>

export const AcceptInvitationBodySchema = z.object({ code: InvitationCodeSchema })
export type AcceptInvitationBody = z.infer<typeof AcceptInvitationBodySchema>

export const AcceptedInvitationSchema = z.object({
  org: z.object({ id: z.string(), name: z.string(), kind: OrgKind.schema }),
  role: OrgRole.schema,
})
export type AcceptedInvitation = z.infer<typeof AcceptedInvitationSchema>

export const ChangeRoleBodySchema = z.object({ role: OrgRole.schema })
export type ChangeRoleBody = z.infer<typeof ChangeRoleBodySchema>

export const TransferOwnerBodySchema = z.object({ memberId: IdSchema })
export type TransferOwnerBody = z.infer<typeof TransferOwnerBodySchema>

/**
 * 重置登录 (decision 063): the temporary password, shown to the owner once and never stored or logged in the clear.
 * The member signs in with it and must set a new one; every session of theirs has ended.
 */
export const MemberSignInResetSchema = z.object({
  member: z.string(),
  /** The name the member signs in with, so the owner can hand both over. */
  username: z.string(),
  temporaryPassword: z.string(),
  expiresAt: z.string(),
})
export type MemberSignInReset = z.infer<typeof MemberSignInResetSchema>
