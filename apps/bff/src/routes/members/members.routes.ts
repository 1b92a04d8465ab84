import { createRoute } from '@hono/zod-openapi'
import { IdParamSchema } from '@zhilian/shared/contracts/common'
import {
  AcceptedInvitationSchema, AcceptInvitationBodySchema, ChangeRoleBodySchema, CreatedInvitationSchema, CreateInvitationBodySchema,
  InvitationParamSchema, MemberParamSchema, MemberSignInResetSchema, MembersViewSchema, TransferOwnerBodySchema,
} from '@zhilian/shared/contracts/members'
import { access } from '../../lib/auth'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

const tags = ['members']
const staff = access('college', 'enterprise')

export const list = createRoute({
  method: 'get', path: '/organizations/{id}/members', tags, ...staff,
  summary: 'The organisation\'s members and roles (any verified member); its recent invitations (owner only)',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(MembersViewSchema, 'Members'), ...problems(401, 403, 404) },
})

export const invite = createRoute({
  method: 'post', path: '/organizations/{id}/invitations', tags, ...staff,
  summary: 'Owner: make a one-time invitation code for a role (shown once; expires)',
  request: { params: IdParamSchema, body: jsonBody(CreateInvitationBodySchema) },
  responses: { 201: jsonContent(CreatedInvitationSchema, 'The code'), ...problems(400, 401, 403, 404, 409) },
})

export const revoke = createRoute({
  method: 'delete', path: '/organizations/{id}/invitations/{invitationId}', tags, ...staff,
  summary: 'Owner: revoke an unused invitation',
  request: { params: InvitationParamSchema },
  responses: { 200: jsonContent(MembersViewSchema, 'Members after the change'), ...problems(401, 403, 404, 409) },
})

export const accept = createRoute({
  method: 'post', path: '/invitations/accept', tags, ...staff,
  summary: 'Join the organisation an invitation code belongs to, with its role',
  request: { body: jsonBody(AcceptInvitationBodySchema) },
  responses: { 200: jsonContent(AcceptedInvitationSchema, 'Joined'), ...problems(400, 401, 403, 404, 409, 429) },
})

export const changeRole = createRoute({
  method: 'put', path: '/organizations/{id}/members/{memberId}/role', tags, ...staff,
  summary: 'Owner: change a member\'s role',
  request: { params: MemberParamSchema, body: jsonBody(ChangeRoleBodySchema) },
  responses: { 200: jsonContent(MembersViewSchema, 'Members after the change'), ...problems(400, 401, 403, 404, 409) },
})

export const remove = createRoute({
  method: 'delete', path: '/organizations/{id}/members/{memberId}', tags, ...staff,
  summary: 'Owner: remove a member (their access ends with their next request)',
  request: { params: MemberParamSchema },
  responses: { 200: jsonContent(MembersViewSchema, 'Members after the change'), ...problems(401, 403, 404, 409) },
})

export const transfer = createRoute({
  method: 'post', path: '/organizations/{id}/owner', tags, ...staff,
  summary: 'Owner: hand ownership to another verified member; the former owner becomes a manager',
  request: { params: IdParamSchema, body: jsonBody(TransferOwnerBodySchema) },
  responses: { 200: jsonContent(MembersViewSchema, 'Members after the change'), ...problems(400, 401, 403, 404, 409) },
})

export const resetSignIn = createRoute({
  method: 'post', path: '/organizations/{id}/members/{memberId}/sign-in-reset', tags, ...staff,
  summary: 'Owner: reset a member\'s sign-in: a temporary password shown once, every session of the member ended, a new password required at the next sign-in (decision 063)',
  request: { params: MemberParamSchema },
  responses: { 201: jsonContent(MemberSignInResetSchema, 'The temporary password, shown once'), ...problems(401, 403, 404, 409) },
})
