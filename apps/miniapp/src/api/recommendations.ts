import { CourseRecommendationsSchema, JobRecommendationsSchema } from '@zhilian/shared/contracts/recommendations'
import { request } from './request'

export function fetchJobRecommendations(limit = 5) {
  return request('GET', '/api/recommendations/jobs', { query: { limit }, schema: JobRecommendationsSchema })
}

export function fetchCourseRecommendations(limit = 5) {
  return request('GET', '/api/recommendations/courses', { query: { limit }, schema: CourseRecommendationsSchema })
}
