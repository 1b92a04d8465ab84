import type { JobListQuery } from '@zhilian/shared/contracts/jobs'
import type { ApplyBody } from '@zhilian/shared/contracts/applications'
import type { Education, JobType } from '@zhilian/shared/contracts/enums'
import { call, type Query } from './request'

// Contracts (and zod) load in their own chunk while the request is in flight; see request.ts.
const contractReference = () => import('@zhilian/shared/contracts/reference')
const contractJobs = () => import('@zhilian/shared/contracts/jobs')
const contractApplications = () => import('@zhilian/shared/contracts/applications')

/** What the 岗位 tab's search box, chips and sort hold; undefined = 不限. */
export interface JobFilters {
  q?: string
  chainId?: string
  cityCode?: string
  education?: keyof typeof Education.labels
  type?: keyof typeof JobType.labels
  salaryMin?: number
  salaryMax?: number
  sort?: 'newest' | 'match'
}

/** The filters as the query string GET /api/jobs reads; blank keywords and 不限 chips are left out. */
export function jobQuery(filters: JobFilters, cursor: string | null, limit = 20): Query {
  const q = filters.q?.trim()
  const query: Partial<Record<keyof JobListQuery, string | number>> = {
    q: q ? q : undefined,
    chainId: filters.chainId,
    cityCode: filters.cityCode,
    education: filters.education,
    type: filters.type,
    salaryMin: filters.salaryMin,
    salaryMax: filters.salaryMax,
    sort: filters.sort === 'match' ? 'match' : undefined,
    cursor: cursor ?? undefined,
    limit,
  }
  return query
}

export function fetchJobs(filters: JobFilters, cursor: string | null) {
  return call('get', '/api/jobs', { query: jobQuery(filters, cursor), schema: () => contractJobs().then((m) => m.JobListPageSchema) })
}

export function fetchJob(id: string) {
  return call('get', '/api/jobs/:id', { param: { id }, schema: () => contractJobs().then((m) => m.JobDetailSchema) })
}

export async function applyToJob(id: string, body: ApplyBody) {
  const { ApplyBodySchema, ApplyResultSchema } = await contractApplications()
  return call('post', '/api/jobs/:id/applications', { param: { id }, body: ApplyBodySchema.parse(body), schema: ApplyResultSchema })
}

/** Shandong's 16 cities, for the city filters and pickers. */
export async function fetchCities() {
  const { items } = await call('get', '/api/reference/cities', { schema: () => contractReference().then((m) => m.CityListSchema) })
  return items
}
