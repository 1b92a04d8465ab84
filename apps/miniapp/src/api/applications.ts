import { MyApplicationsPageSchema, MyApplicationSchema } from '@zhilian/shared/contracts/applications'
import { request } from './request'

export function fetchMyApplications(cursor: string | null) {
  return request('GET', '/api/applications/mine', { query: { cursor: cursor ?? undefined }, schema: MyApplicationsPageSchema })
}

/** Answers with the application as it now stands (status 已撤回, one more timeline step). */
export function withdrawApplication(id: string) {
  return request('POST', `/api/applications/${encodeURIComponent(id)}/withdraw`, { body: {}, schema: MyApplicationSchema })
}
