import { createRoute } from '@hono/zod-openapi'
import { IdParamSchema } from '@zhilian/shared/contracts/common'
import {
  AcceptTakerResultSchema,
  ChallengeListQuerySchema,
  ChallengePageSchema,
  ChallengeTakerListSchema,
  ChallengeTakerSchema,
  TakeChallengeBodySchema,
  TakerParamsSchema,
} from '@zhilian/shared/contracts/matching'
import { ChallengeValidationSchema, ValidateChallengeBodySchema } from '@zhilian/shared/contracts/projects'
import { access } from '../../lib/auth'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

const tags = ['challenges']

export const list = createRoute({
  method: 'get', path: '/', tags, ...access('college', 'enterprise', 'admin'),
  summary: '揭榜挂帅 board: open technical challenges of verified enterprises, newest first',
  request: { query: ChallengeListQuerySchema },
  responses: { 200: jsonContent(ChallengePageSchema, 'One page of open challenges'), ...problems(400, 401, 403) },
})

export const take = createRoute({
  method: 'post', path: '/{id}/takers', tags, ...access('college'),
  summary: 'A verified college member takes up an open challenge with a proposal',
  request: { params: IdParamSchema, body: jsonBody(TakeChallengeBodySchema) },
  responses: { 201: jsonContent(ChallengeTakerSchema, 'The proposal, submitted'), ...problems(400, 401, 403, 404, 409) },
})

export const accept = createRoute({
  method: 'post', path: '/{id}/takers/{takerId}/accept', tags, ...access('enterprise'),
  summary: "The challenge's enterprise accepts one taker; the challenge is taken and the others declined",
  request: { params: TakerParamsSchema },
  responses: { 200: jsonContent(AcceptTakerResultSchema, 'Accepted'), ...problems(401, 403, 404, 409) },
})

export const takers = createRoute({
  method: 'get', path: '/{id}/takers', tags, ...access('enterprise', 'admin'),
  summary: "Every college that took up the challenge, with its proposal: for the challenge's enterprise and admins",
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(ChallengeTakerListSchema, 'Newest first'), ...problems(401, 403, 404) },
})

export const validate = createRoute({
  method: 'post', path: '/{id}/validation', tags, ...access('enterprise'),
  summary: "市场验题: the challenge's enterprise records whether the accepted solution went into production and its measurable effect",
  request: { params: IdParamSchema, body: jsonBody(ValidateChallengeBodySchema) },
  responses: { 200: jsonContent(ChallengeValidationSchema, 'Validated; solved only when in production'), ...problems(400, 401, 403, 404, 409) },
})
