import { createRoute } from '@hono/zod-openapi'
import { AdminOrgSchema, TrustedPosterBodySchema } from '@zhilian/shared/contracts/admin'
import { IdParamSchema } from '@zhilian/shared/contracts/common'
import { access } from '../../lib/auth'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

const tags = ['admin']
const admin = access('admin')

export const getOrg = createRoute({
  method: 'get', path: '/organizations/{id}', tags, ...admin,
  summary: 'An organisation with its trusted-poster setting and job review counts',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(AdminOrgSchema, 'The organisation'), ...problems(401, 403, 404) },
})

export const setTrusted = createRoute({
  method: 'put', path: '/organizations/{id}/trusted', tags, ...admin,
  summary: "Let a verified enterprise's ordinary job posts skip the review queue, or stop it (audited, with a reason)",
  request: { params: IdParamSchema, body: jsonBody(TrustedPosterBodySchema) },
  responses: { 200: jsonContent(AdminOrgSchema, 'The organisation after the change'), ...problems(400, 401, 403, 404, 409) },
})
