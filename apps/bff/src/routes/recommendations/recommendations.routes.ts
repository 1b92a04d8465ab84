import { createRoute } from '@hono/zod-openapi'
import { CourseRecommendationsSchema, JobRecommendationsSchema, RecommendQuerySchema } from '@zhilian/shared/contracts/recommendations'
import { access } from '../../lib/auth'
import { jsonContent, problems } from '../../lib/openapi'

const tags = ['recommendations']
const student = access('student')

export const jobs = createRoute({
  method: 'get', path: '/jobs', tags, ...student,
  summary: 'Top open jobs for the student with score and reasons (newest first when personalisation is off)',
  request: { query: RecommendQuerySchema },
  responses: { 200: jsonContent(JobRecommendationsSchema, 'Recommended jobs'), ...problems(400, 401, 403) },
})

export const courses = createRoute({
  method: 'get', path: '/courses', tags, ...student,
  summary: 'Top training courses for the student with score and reasons',
  request: { query: RecommendQuerySchema },
  responses: { 200: jsonContent(CourseRecommendationsSchema, 'Recommended courses'), ...problems(400, 401, 403) },
})
