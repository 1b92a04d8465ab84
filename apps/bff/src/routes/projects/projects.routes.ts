import { createRoute } from '@hono/zod-openapi'
import { IdParamSchema } from '@zhilian/shared/contracts/common'
import {
  AddMilestoneBodySchema,
  CreateProjectBodySchema,
  PartnerPageSchema,
  PartnerQuerySchema,
  ProjectLinksQuerySchema,
  ProjectLinksSchema,
  PostProjectUpdateBodySchema,
  ProjectDetailSchema,
  ProjectListQuerySchema,
  ProjectPageSchema,
} from '@zhilian/shared/contracts/projects'
import { access } from '../../lib/auth'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

const tags = ['projects']

export const list = createRoute({
  method: 'get', path: '/', tags, ...access('enterprise', 'college', 'admin'),
  summary: "项目台账: the caller's projects, its events' projects (organisers) or its scope's (administrators), latest activity first",
  request: { query: ProjectListQuerySchema },
  responses: { 200: jsonContent(ProjectPageSchema, 'One page of projects'), ...problems(400, 401, 403) },
})

export const create = createRoute({
  method: 'post', path: '/', tags, ...access('enterprise', 'college'),
  summary: 'Turn a 签约, an accepted challenge taker, an equipment booking series, a training or an 订单班 into a project',
  request: { body: jsonBody(CreateProjectBodySchema) },
  responses: { 201: jsonContent(ProjectDetailSchema, 'The project, signed'), ...problems(400, 401, 403, 404, 409) },
})

export const partners = createRoute({
  method: 'get', path: '/partners', tags, ...access('enterprise', 'college'),
  summary: 'Partner lookup for a new project: verified organisations by name and kind (name, kind, city; no contacts)',
  request: { query: PartnerQuerySchema },
  responses: { 200: jsonContent(PartnerPageSchema, 'One page of organisations'), ...problems(400, 401, 403) },
})

export const links = createRoute({
  method: 'get', path: '/links', tags, ...access('enterprise', 'college'),
  summary: "What a new project of one source may grow from, for the caller: its events, equipment or training courses",
  request: { query: ProjectLinksQuerySchema },
  responses: { 200: jsonContent(ProjectLinksSchema, 'Up to 50, newest first'), ...problems(400, 401, 403) },
})

export const detail = createRoute({
  method: 'get', path: '/{id}', tags, ...access('enterprise', 'college', 'admin'),
  summary: 'One project with its parties, milestones and update timeline (parties, its event\'s organisers, administrators in scope)',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(ProjectDetailSchema, 'The project'), ...problems(401, 403, 404) },
})

export const addMilestone = createRoute({
  method: 'post', path: '/{id}/milestones', tags, ...access('enterprise', 'college'),
  summary: "A party adds a milestone; every party member is reminded before it falls due",
  request: { params: IdParamSchema, body: jsonBody(AddMilestoneBodySchema) },
  responses: { 201: jsonContent(ProjectDetailSchema, 'The project with the new milestone'), ...problems(400, 401, 403, 404, 409) },
})

export const postUpdate = createRoute({
  method: 'post', path: '/{id}/updates', tags, ...access('enterprise', 'college'),
  summary: 'A party posts a status update, optionally completing a milestone or moving the project\'s status',
  request: { params: IdParamSchema, body: jsonBody(PostProjectUpdateBodySchema) },
  responses: { 201: jsonContent(ProjectDetailSchema, 'The project with the update'), ...problems(400, 401, 403, 404, 409) },
})
