import { createRoute } from '@hono/zod-openapi'
import {
  AdminChainSchema,
  ChainMajorsBodySchema,
  ChainPatchBodySchema,
  MembershipQueueQuerySchema,
  MembershipReviewPageSchema,
  VerifyMembershipBodySchema,
  VerifyMembershipResultSchema,
} from '@zhilian/shared/contracts/admin'
import { IdParamSchema } from '@zhilian/shared/contracts/common'
import { access, provinceAccess } from '../../lib/auth'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

const tags = ['admin']
const admin = access('admin')
const province = provinceAccess()

export const listMemberships = createRoute({
  method: 'get', path: '/memberships', tags, ...admin,
  summary: 'Membership applications to review, oldest first',
  request: { query: MembershipQueueQuerySchema },
  responses: { 200: jsonContent(MembershipReviewPageSchema, 'One page of applications'), ...problems(400, 401, 403) },
})

export const verifyMembership = createRoute({
  method: 'post', path: '/memberships/{id}/verify', tags, ...admin,
  summary: 'Approve or reject a membership (approving also verifies a pending organisation)',
  request: { params: IdParamSchema, body: jsonBody(VerifyMembershipBodySchema) },
  responses: { 200: jsonContent(VerifyMembershipResultSchema, 'Decision recorded'), ...problems(400, 401, 403, 404, 409) },
})

export const patchChain = createRoute({
  method: 'patch', path: '/chains/{id}', tags, ...province,
  summary: "Rename, reorder, or (de)activate an industry chain",
  request: { params: IdParamSchema, body: jsonBody(ChainPatchBodySchema) },
  responses: { 200: jsonContent(AdminChainSchema, 'The chain after the change'), ...problems(400, 401, 403, 404) },
})

export const putChainMajors = createRoute({
  method: 'put', path: '/chains/{id}/majors', tags, ...province,
  summary: "Replace the majors tied to a chain",
  request: { params: IdParamSchema, body: jsonBody(ChainMajorsBodySchema) },
  responses: { 200: jsonContent(AdminChainSchema, 'The chain with its new major count'), ...problems(400, 401, 403, 404) },
})
