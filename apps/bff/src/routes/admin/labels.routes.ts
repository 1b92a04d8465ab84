import { createRoute } from '@hono/zod-openapi'
import { AdminOrgSchema, LabelVerificationBodySchema, LabelVerificationParamSchema } from '@zhilian/shared/contracts/admin'
import { access } from '../../lib/auth'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

export const verifyLabel = createRoute({
  method: 'put', path: '/organizations/{id}/labels/{labelId}', tags: ['admin'], ...access('admin'),
  summary: "Mark one 企业称号 an enterprise claims as verified by an administrator, or back to declared only (audited)",
  request: { params: LabelVerificationParamSchema, body: jsonBody(LabelVerificationBodySchema) },
  responses: { 200: jsonContent(AdminOrgSchema, 'The organisation after the change'), ...problems(400, 401, 403, 404) },
})
