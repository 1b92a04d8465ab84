import { createRoute } from '@hono/zod-openapi'
import { IdParamSchema } from '@zhilian/shared/contracts/common'
import { MemberSignInResetSchema } from '@zhilian/shared/contracts/members'
import { access } from '../../lib/auth'
import { jsonContent, problems } from '../../lib/openapi'

export const resetOwnerSignIn = createRoute({
  method: 'post', path: '/organizations/{id}/owner/sign-in-reset', tags: ['admin'], ...access('admin'),
  summary: "Administrator governing the organisation: reset its owner's sign-in the way an owner resets a member's (decision 064)",
  request: { params: IdParamSchema },
  responses: { 201: jsonContent(MemberSignInResetSchema, 'The temporary password, shown once'), ...problems(401, 403, 404, 409) },
})
