import { createRoute } from '@hono/zod-openapi'
import { IdParamSchema } from '@zhilian/shared/contracts/common'
import { MyOrgsSchema, OrgPatchBodySchema, OrgRegisterBodySchema, OrgSchema } from '@zhilian/shared/contracts/organizations'
import { access } from '../../lib/auth'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

const tags = ['organizations']
const staff = access('college', 'enterprise')

export const register = createRoute({
  method: 'post', path: '/', tags, ...staff,
  summary: 'Register a college or enterprise; it and the caller\'s owner membership wait for review',
  request: { body: jsonBody(OrgRegisterBodySchema) },
  responses: { 201: jsonContent(OrgSchema, 'Registered, verification pending'), ...problems(400, 401, 403, 409) },
})

export const mine = createRoute({
  method: 'get', path: '/mine', tags, ...staff,
  summary: 'The organisations the caller belongs to (pending memberships included)',
  responses: { 200: jsonContent(MyOrgsSchema, 'The caller\'s organisations'), ...problems(401, 403) },
})

export const patch = createRoute({
  method: 'patch', path: '/{id}', tags, ...staff,
  summary: 'Edit one\'s own organisation (verified or pending member)',
  request: { params: IdParamSchema, body: jsonBody(OrgPatchBodySchema) },
  responses: { 200: jsonContent(OrgSchema, 'The organisation after the change'), ...problems(400, 401, 403, 404) },
})

export const withdrawChange = createRoute({
  method: 'delete', path: '/{id}/pending-change', tags, ...staff,
  summary: 'Withdraw one\'s own unit\'s change of name, USCC or city still waiting for review (decision 101)',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(OrgSchema, 'The organisation, no change pending'), ...problems(401, 403, 404, 409) },
})
