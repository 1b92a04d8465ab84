import { MyOrgsSchema, OrgSchema, type OrgPatchBody, type OrgRegisterBody } from '@zhilian/shared/contracts/organizations'
import { CityListSchema, EnterpriseLabelListSchema } from '@zhilian/shared/contracts/reference'
import { call } from './request'

export function registerOrganization(body: OrgRegisterBody) {
  return call('post', '/api/organizations', { body: body, schema: OrgSchema })
}

/** 单位资料 (decision 091): a verified unit's name, code or city comes back unchanged, the change in `pendingChange`. */
export function updateOrganization(id: string, body: OrgPatchBody) {
  return call('patch', '/api/organizations/:id', { param: { id }, body: body, schema: OrgSchema })
}

export function fetchMyOrganizations() {
  return call('get', '/api/organizations/mine', { schema: MyOrgsSchema })
}

export async function fetchCities() {
  const { items } = await call('get', '/api/reference/cities', { schema: CityListSchema })
  return items
}

export async function fetchLabels() {
  const { items } = await call('get', '/api/reference/labels', { schema: EnterpriseLabelListSchema })
  return items
}

/** 撤回 a change of name, code or city still waiting for review (decision 101); the unit comes back without it. */
export function withdrawOrganizationChange(id: string) {
  return call('delete', '/api/organizations/:id/pending-change', { param: { id }, schema: OrgSchema })
}
