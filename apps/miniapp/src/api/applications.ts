import { MyApplicationsPageSchema, MyApplicationSchema } from '@zhilian/shared/contracts/applications'
import { call } from './request'

export function fetchMyApplications(cursor: string | null) {
  return call('get', '/api/applications/mine', { query: { cursor: cursor ?? undefined }, schema: MyApplicationsPageSchema })
}

/** Answers with the application as it now stands (status 已撤回, one more timeline step). */
export function withdrawApplication(id: string) {
  return call('post', '/api/applications/:id/withdraw', { param: { id }, schema: MyApplicationSchema })
}
