import { MyOrgsSchema, OrgSchema, type OrgRegisterBody } from '@zhilian/shared/contracts/organizations'
import { CityListSchema, EnterpriseLabelListSchema } from '@zhilian/shared/contracts/reference'
import { call } from './request'

export function registerOrganization(body: OrgRegisterBody) {
  return call('post', '/api/organizations', { body: body, schema: OrgSchema })
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
