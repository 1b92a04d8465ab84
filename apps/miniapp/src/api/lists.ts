import { MajorListSchema } from '@zhilian/shared/contracts/reference'
import { JobPlanSchema, MyListSchema, SectionSavedSchema, SubmittedSchema, VersionListSchema } from '@zhilian/shared/contracts/lists'
import { call } from './request'


/** /api/demand-lists/mine and /api/supply-lists/mine share one workflow and one contract. */
export type ListKindName = 'demand' | 'supply'
const folder = { demand: 'demand-lists', supply: 'supply-lists' } as const

export function fetchMyList(kind: ListKindName) {
  return call('get', `/api/${folder[kind]}/mine`, { schema: MyListSchema })
}

/** Saved as typed even with problems; the problems come back as `issues` beside the fields. */
export function saveListSection(kind: ListKindName, section: string, body: Record<string, unknown>) {
  return call('put', `/api/${folder[kind]}/mine/sections/:section`, { param: { section }, body, schema: SectionSavedSchema })
}

/** 附件2 sends the key of the job plan the enterprise confirmed (decision 015). */
export function submitList(kind: ListKindName, confirmJobs?: string) {
  return call('post', `/api/${folder[kind]}/mine/submit`, { body: confirmJobs ? { confirmJobs } : {}, schema: SubmittedSchema })
}

/** Which live jobs approving the current 附件2 draft would add, change or close. */
export function fetchJobPlan() {
  return call('get', '/api/demand-lists/mine/job-plan', { schema: JobPlanSchema })
}

export function fetchListVersions(kind: ListKindName) {
  return call('get', `/api/${folder[kind]}/mine/versions`, { schema: VersionListSchema })
}

/** Catalogue majors by code or name, for the majors pickers. */
export async function searchMajors(q: string) {
  const { items } = await call('get', '/api/reference/majors', { query: { q }, schema: MajorListSchema })
  return items
}
