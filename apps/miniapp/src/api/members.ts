import {
  AcceptedInvitationSchema, CreatedInvitationSchema, MemberSignInResetSchema, MembersViewSchema, type CreateInvitationBody,
} from '@zhilian/shared/contracts/members'
import type { OrgRoleName } from '@zhilian/shared/rules/org-roles'
import { call } from './request'

export const fetchMembers = (id: string) => call('get', '/api/organizations/:id/members', { param: { id }, schema: MembersViewSchema })

export const createInvitation = (id: string, body: CreateInvitationBody) =>
  call('post', '/api/organizations/:id/invitations', { param: { id }, body, schema: CreatedInvitationSchema })

export const revokeInvitation = (id: string, invitationId: string) =>
  call('delete', '/api/organizations/:id/invitations/:invitationId', { param: { id, invitationId }, schema: MembersViewSchema })

export const changeMemberRole = (id: string, memberId: string, role: OrgRoleName) =>
  call('put', '/api/organizations/:id/members/:memberId/role', { param: { id, memberId }, body: { role }, schema: MembersViewSchema })

export const removeMember = (id: string, memberId: string) =>
  call('delete', '/api/organizations/:id/members/:memberId', { param: { id, memberId }, schema: MembersViewSchema })

export const transferOwner = (id: string, memberId: string) =>
  call('post', '/api/organizations/:id/owner', { param: { id }, body: { memberId }, schema: MembersViewSchema })

export const acceptInvitation = (code: string) => call('post', '/api/invitations/accept', { body: { code }, schema: AcceptedInvitationSchema })

/** 重置登录 (decision 063): the temporary password comes back once, in this answer. */
export const resetMemberSignIn = (id: string, memberId: string) =>
  call('post', '/api/organizations/:id/members/:memberId/sign-in-reset', { param: { id, memberId }, schema: MemberSignInResetSchema })
