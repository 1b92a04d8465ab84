import { call } from './request'

// Contracts (and zod) load in their own chunk while the request is in flight; see request.ts.
const contractRecommendations = () => import('@zhilian/shared/contracts/recommendations')

export function fetchJobRecommendations(limit = 5) {
  return call('get', '/api/recommendations/jobs', { query: { limit }, schema: () => contractRecommendations().then((m) => m.JobRecommendationsSchema) })
}

export function fetchCourseRecommendations(limit = 5) {
  return call('get', '/api/recommendations/courses', { query: { limit }, schema: () => contractRecommendations().then((m) => m.CourseRecommendationsSchema) })
}
