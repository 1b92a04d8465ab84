import { createRoute } from '@hono/zod-openapi'
import { MeSchema } from '@zhilian/shared/contracts/me'
import { access } from '../../lib/auth'
import { jsonContent, problems } from '../../lib/openapi'

export const me = createRoute({
  method: 'get',
  path: '/',
  tags: ['me'],
  summary: 'The signed-in user, their memberships and (students) profile summary',
  ...access(),
  responses: { 200: jsonContent(MeSchema, 'Who is signed in'), ...problems(401) },
})
