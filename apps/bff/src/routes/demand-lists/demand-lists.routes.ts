import { createRoute } from '@hono/zod-openapi'
import { JobPlanSchema } from '@zhilian/shared/contracts/lists'
import { access } from '../../lib/auth'
import { jsonContent, problems } from '../../lib/openapi'
import { listRoutes } from '../../lists/list-routes'

export const { mine, saveSection, submit, versions } = listRoutes('demand-lists', 'enterprise', '附件2 demand list')

export const jobPlan = createRoute({
  method: 'get', path: '/mine/job-plan', tags: ['demand-lists'], ...access('enterprise'),
  summary: 'Which live jobs approving the current draft would add, change or close (jobs posted from 我的岗位 are never among them)',
  responses: { 200: jsonContent(JobPlanSchema, 'The plan and its key, which submit echoes back as confirmation'), ...problems(401, 403, 404) },
})
