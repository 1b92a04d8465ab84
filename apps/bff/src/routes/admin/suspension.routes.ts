import { createRoute } from '@hono/zod-openapi'
import { AdminOrgSchema, OrgSuspensionBodySchema } from '@zhilian/shared/contracts/admin'
import { IdParamSchema } from '@zhilian/shared/contracts/common'
import { access } from '../../lib/auth'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

const tags = ['admin']
const admin = access('admin')

export const suspendOrg = createRoute({
  method: 'post', path: '/organizations/{id}/suspend', tags, ...admin,
  summary: "Suspend a verified unit (decision 083): it leaves every count and list of verified units and its open jobs go offline, marked as the suspension's; the province and the provincial departments for their side (audited, with a reason)",
  request: { params: IdParamSchema, body: jsonBody(OrgSuspensionBodySchema) },
  responses: { 200: jsonContent(AdminOrgSchema, 'The unit, suspended'), ...problems(400, 401, 403, 404, 409) },
})

export const restoreOrg = createRoute({
  method: 'post', path: '/organizations/{id}/restore', tags, ...admin,
  summary: "Restore a suspended unit (decision 083): verified again, and the jobs its suspension took offline reopen (or close when their date passed meanwhile); audited, with a reason",
  request: { params: IdParamSchema, body: jsonBody(OrgSuspensionBodySchema) },
  responses: { 200: jsonContent(AdminOrgSchema, 'The unit, restored'), ...problems(400, 401, 403, 404, 409) },
})
