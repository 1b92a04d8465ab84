import { MyApplicationsPageSchema, MyApplicationSchema } from '@zhilian/shared/contracts/applications'
import { call } from './request'

export function fetchMyApplications(cursor: string | null) {
  return call('get', '/api/applications/mine', { query: { cursor: cursor ?? undefined }, schema: MyApplicationsPageSchema })
}

/** Whether the signed-in student has applied to this job (any status: a job takes one application per student). */
export async function hasAppliedTo(jobId: string): Promise<boolean> {
  const page = await call('get', '/api/applications/mine', { query: { jobId, limit: 1 }, schema: MyApplicationsPageSchema })
  return page.items.length > 0
}

/** Answers with the application as it now stands (status 已撤回, one more timeline step). */
export function withdrawApplication(id: string) {
  return call('post', '/api/applications/:id/withdraw', { param: { id }, schema: MyApplicationSchema })
}
