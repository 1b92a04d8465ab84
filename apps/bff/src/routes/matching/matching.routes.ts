import { createRoute } from '@hono/zod-openapi'
import { IdParamSchema } from '@zhilian/shared/contracts/common'
import {
  ChallengeCollegesMatchSchema,
  CollegeDemandMatchSchema,
  DemandListSupplyMatchSchema,
  EquipmentRequestMatchSchema,
  ExplainJobsQuerySchema,
  ExplainJobsSchema,
  ExplainQuerySchema,
  JobSupplyMatchSchema,
  MatchExplanationSchema,
  MatchQuerySchema,
  MyMatchablesSchema,
  TrainingNeedMatchSchema,
} from '@zhilian/shared/contracts/matching'
import { access } from '../../lib/auth'
import { jsonContent, problems } from '../../lib/openapi'

const tags = ['matching']
/** Enterprise members see their own organisation's demands; admins see any. Others' ids answer 404. */
const enterpriseSide = access('enterprise', 'admin')
const idAndLimit = { params: IdParamSchema, query: MatchQuerySchema }
const errors = problems(400, 401, 403, 404)

export const jobSupply = createRoute({
  method: 'get', path: '/jobs/{id}/supply', tags, ...enterpriseSide,
  summary: 'Colleges × majors that can fill a job, best first, with reasons and numbers',
  request: idAndLimit,
  responses: { 200: jsonContent(JobSupplyMatchSchema, 'Ranked supply'), ...errors },
})

export const demandListSupply = createRoute({
  method: 'get', path: '/demand-lists/{id}/supply', tags, ...enterpriseSide,
  summary: "Supply for every live job of a demand list's enterprise (limit applies per job)",
  request: idAndLimit,
  responses: { 200: jsonContent(DemandListSupplyMatchSchema, 'Ranked supply per job'), ...errors },
})

export const trainingCourses = createRoute({
  method: 'get', path: '/training-needs/{id}/courses', tags, ...enterpriseSide,
  summary: 'College training courses for an enterprise training need',
  request: idAndLimit,
  responses: { 200: jsonContent(TrainingNeedMatchSchema, 'Ranked courses'), ...errors },
})

export const challengeColleges = createRoute({
  method: 'get', path: '/challenges/{id}/colleges', tags, ...enterpriseSide,
  summary: 'Colleges whose research, patents and equipment fit a technical challenge',
  request: idAndLimit,
  responses: { 200: jsonContent(ChallengeCollegesMatchSchema, 'Ranked colleges'), ...errors },
})

export const equipment = createRoute({
  method: 'get', path: '/equipment-requests/{id}/equipment', tags, ...enterpriseSide,
  summary: 'Open shared equipment for an equipment resource request',
  request: idAndLimit,
  responses: { 200: jsonContent(EquipmentRequestMatchSchema, 'Ranked equipment'), ...errors },
})

export const collegeDemand = createRoute({
  method: 'get', path: '/colleges/{id}/demand', tags, ...access('college', 'admin'),
  summary: "Jobs and enterprises a college's majors fit, and the skill points it covers least",
  request: idAndLimit,
  responses: { 200: jsonContent(CollegeDemandMatchSchema, 'The college view'), ...errors },
})

export const explain = createRoute({
  method: 'get', path: '/explain', tags, ...access('admin'),
  summary: 'Why a job × college × major pair was or was not matched: each score part and the threshold',
  request: { query: ExplainQuerySchema },
  responses: { 200: jsonContent(MatchExplanationSchema, 'The explanation'), ...errors },
})

export const explainJobs = createRoute({
  method: 'get', path: '/explain/jobs', tags, ...access('admin'),
  summary: "为什么匹配's job search: open jobs of organisations in the administrator's scope, newest first, at most 20",
  request: { query: ExplainJobsQuerySchema },
  responses: { 200: jsonContent(ExplainJobsSchema, 'Open jobs in scope'), ...problems(400, 401, 403) },
})

export const mine = createRoute({
  method: 'get', path: '/mine', tags, ...access('enterprise'),
  summary: "What the caller's enterprises can ask matches for: live jobs, demand lists, training needs, challenges, equipment requests",
  responses: { 200: jsonContent(MyMatchablesSchema, 'Newest jobs first, at most 100 of each'), ...problems(401, 403) },
})
