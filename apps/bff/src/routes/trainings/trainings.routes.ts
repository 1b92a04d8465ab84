import { createRoute } from '@hono/zod-openapi'
import { IdParamSchema, OkSchema } from '@zhilian/shared/contracts/common'
import { MyEnrolmentsSchema, TrainingEnrolmentSchema, TrainingListQuerySchema, TrainingPageSchema } from '@zhilian/shared/contracts/trainings'
import { access, publicAccess } from '../../lib/auth'
import { jsonContent, problems } from '../../lib/openapi'

const tags = ['trainings']
const student = access('student')

export const list = createRoute({
  method: 'get', path: '/', tags, ...publicAccess,
  summary: '菜单式培训: courses from approved college supply lists, with seats left',
  request: { query: TrainingListQuerySchema },
  responses: { 200: jsonContent(TrainingPageSchema, 'One page of courses'), ...problems(400) },
})

export const enrol = createRoute({
  method: 'post', path: '/{id}/enrolments', tags, ...student,
  summary: 'Take a seat on a course (capacity enforced under concurrency)',
  request: { params: IdParamSchema },
  responses: { 201: jsonContent(TrainingEnrolmentSchema, 'Enrolled'), ...problems(401, 403, 404, 409) },
})

export const mine = createRoute({
  method: 'get', path: '/enrolments/mine', tags, ...student,
  summary: "The student's enrolments",
  responses: { 200: jsonContent(MyEnrolmentsSchema, 'Enrolments, newest first'), ...problems(401, 403) },
})

export const cancel = createRoute({
  method: 'delete', path: '/enrolments/{id}', tags, ...student,
  summary: 'Give up an own enrolment',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(OkSchema, 'Cancelled'), ...problems(401, 403, 404) },
})
