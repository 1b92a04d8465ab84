import { createRoute } from '@hono/zod-openapi'
import { IdParamSchema, OkSchema } from '@zhilian/shared/contracts/common'
import { InboxPageSchema, InboxQuerySchema, UnreadCountSchema } from '@zhilian/shared/contracts/inbox'
import { access } from '../../lib/auth'
import { jsonContent, problems } from '../../lib/openapi'

const tags = ['inbox']

export const list = createRoute({
  method: 'get', path: '/', tags, ...access(),
  summary: 'My messages, newest first (every reminder lands here, with or without WeChat)',
  request: { query: InboxQuerySchema },
  responses: { 200: jsonContent(InboxPageSchema, 'One page of messages'), ...problems(400, 401) },
})

export const unread = createRoute({
  method: 'get', path: '/unread-count', tags, ...access(),
  summary: 'How many of my messages are unread',
  responses: { 200: jsonContent(UnreadCountSchema, 'Unread count'), ...problems(401) },
})

export const read = createRoute({
  method: 'post', path: '/{id}/read', tags, ...access(),
  summary: 'Mark one of my messages read',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(OkSchema, 'Read'), ...problems(401, 404) },
})
