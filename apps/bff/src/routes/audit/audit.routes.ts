import { createRoute } from '@hono/zod-openapi'
import { AuditPageSchema, AuditQuerySchema } from '@zhilian/shared/contracts/audit'
import { access } from '../../lib/auth'
import { jsonContent, problems } from '../../lib/openapi'

export const list = createRoute({
  method: 'get', path: '/', tags: ['audit'], ...access('admin', 'college', 'enterprise'),
  summary: 'The audit trail, newest first: administrators any organisation, members their own (kept ≥ 3 years, never deleted by the app)',
  request: { query: AuditQuerySchema },
  responses: { 200: jsonContent(AuditPageSchema, 'One page'), ...problems(400, 401, 403, 404) },
})
