import { createRoute } from '@hono/zod-openapi'
import {
  ApplicantsSchema,
  ApplicationDetailSchema,
  BulkTransitionBodySchema,
  BulkTransitionResultSchema,
  InterviewBodySchema,
  InterviewCancelBodySchema,
  InterviewResultSchema,
  TransitionBodySchema,
  TransitionResultSchema,
} from '@zhilian/shared/contracts/applications'
import { IdParamSchema } from '@zhilian/shared/contracts/common'
import { access } from '../../lib/auth'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

const tags = ['enterprise-applications']
const enterprise = access('enterprise')

export const applicants = createRoute({
  method: 'get', path: '/jobs/{id}/applicants', tags, ...enterprise,
  summary: "An own job's applicants by pipeline stage; résumé fields only as consented, phone masked unless consented",
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(ApplicantsSchema, 'The pipeline'), ...problems(401, 403, 404) },
})

export const detail = createRoute({
  method: 'get', path: '/applications/{id}', tags, ...enterprise,
  summary: 'One application, as it is (reading never changes it; POST …/viewed does)',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(ApplicationDetailSchema, 'The application'), ...problems(401, 403, 404) },
})

export const viewed = createRoute({
  method: 'post', path: '/applications/{id}/viewed', tags, ...enterprise,
  summary: 'Mark a submitted application viewed (the app does so when its page opens); recorded once, the student is told',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(TransitionResultSchema, 'The status after marking'), ...problems(401, 403, 404, 409) },
})

export const transition = createRoute({
  method: 'post', path: '/applications/{id}/transition', tags, ...enterprise,
  summary: 'Move an application through the pipeline (skipping a stage needs a reason; hiring takes a head-count)',
  request: { params: IdParamSchema, body: jsonBody(TransitionBodySchema) },
  responses: { 200: jsonContent(TransitionResultSchema, 'The new status'), ...problems(400, 401, 403, 404, 409) },
})

export const bulkTransition = createRoute({
  method: 'post', path: '/applications/bulk-transition', tags, ...enterprise,
  summary: 'The same move for many applications; each succeeds or fails on its own',
  request: { body: jsonBody(BulkTransitionBodySchema) },
  responses: { 200: jsonContent(BulkTransitionResultSchema, 'Per-application results'), ...problems(400, 401, 403) },
})

export const interview = createRoute({
  method: 'post', path: '/applications/{id}/interview', tags, ...enterprise,
  summary: 'Schedule an interview: creates it, moves the application to 面试, tells the student',
  request: { params: IdParamSchema, body: jsonBody(InterviewBodySchema) },
  responses: { 201: jsonContent(InterviewResultSchema, 'The interview'), ...problems(400, 401, 403, 404, 409) },
})

export const rescheduleInterview = createRoute({
  method: 'post', path: '/interviews/{id}/reschedule', tags, ...enterprise,
  summary: 'Move one upcoming interview (time, place, note): its agenda entry and reminders move with it; the student is told',
  request: { params: IdParamSchema, body: jsonBody(InterviewBodySchema) },
  responses: { 200: jsonContent(InterviewResultSchema, 'The interview as moved'), ...problems(400, 401, 403, 404, 409) },
})

export const cancelInterview = createRoute({
  method: 'post', path: '/interviews/{id}/cancel', tags, ...enterprise,
  summary: 'Cancel one upcoming interview with a reason; its reminders stop, the student is told, 面试 with no round left goes back to 已查看',
  request: { params: IdParamSchema, body: jsonBody(InterviewCancelBodySchema) },
  responses: { 200: jsonContent(InterviewResultSchema, 'The interview as cancelled'), ...problems(400, 401, 403, 404, 409) },
})
