import {
  AcceptedInvitationSchema, CreatedInvitationSchema, MembersViewSchema, type CreateInvitationBody,
} from '@zhilian/shared/contracts/members'
import type { OrgRoleName } from '@zhilian/shared/rules/org-roles'
import { request } from './request'

const at = (orgId: string) => `/api/organizations/${encodeURIComponent(orgId)}`

export const fetchMembers = (orgId: string) => request('GET', `${at(orgId)}/members`, { schema: MembersViewSchema })

export const createInvitation = (orgId: string, body: CreateInvitationBody) =>
  request('POST', `${at(orgId)}/invitations`, { body, schema: CreatedInvitationSchema })

export const revokeInvitation = (orgId: string, invitationId: string) =>
  request('DELETE', `${at(orgId)}/invitations/${encodeURIComponent(invitationId)}`, { schema: MembersViewSchema })

export const changeMemberRole = (orgId: string, memberId: string, role: OrgRoleName) =>
  request('PUT', `${at(orgId)}/members/${encodeURIComponent(memberId)}/role`, { body: { role }, schema: MembersViewSchema })

export const removeMember = (orgId: string, memberId: string) =>
  request('DELETE', `${at(orgId)}/members/${encodeURIComponent(memberId)}`, { schema: MembersViewSchema })

export const transferOwner = (orgId: string, memberId: string) =>
  request('POST', `${at(orgId)}/owner`, { body: { memberId }, schema: MembersViewSchema })

export const acceptInvitation = (code: string) => request('POST', '/api/invitations/accept', { body: { code }, schema: AcceptedInvitationSchema })
