import { createRoute } from '@hono/zod-openapi'
import { SubscribeBodySchema, SubscriptionStateSchema } from '@zhilian/shared/contracts/subscriptions'
import { access } from '../../lib/auth'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

const tags = ['subscriptions']

export const state = createRoute({
  method: 'get', path: '/', tags, ...access(),
  summary: 'The template ids to ask consent for, and how many messages of each I still allow',
  responses: { 200: jsonContent(SubscriptionStateSchema, 'Templates and credits'), ...problems(401) },
})

export const record = createRoute({
  method: 'post', path: '/', tags, ...access(),
  summary: "Record one wx.requestSubscribeMessage answer (template id → accept|reject|ban|filter, at most 3): each accept adds one credit to that template's ledger, up to 5",
  request: { body: jsonBody(SubscribeBodySchema) },
  responses: { 200: jsonContent(SubscriptionStateSchema, 'Templates and credits'), ...problems(400, 401) },
})
