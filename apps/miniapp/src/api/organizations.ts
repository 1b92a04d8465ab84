import { MyOrgsSchema, OrgSchema, type OrgRegisterBody } from '@zhilian/shared/contracts/organizations'
import { CityListSchema, EnterpriseLabelListSchema } from '@zhilian/shared/contracts/reference'
import { request } from './request'

export function registerOrganization(body: OrgRegisterBody) {
  return request('POST', '/api/organizations', { body: body as unknown as Record<string, unknown>, schema: OrgSchema })
}

export function fetchMyOrganizations() {
  return request('GET', '/api/organizations/mine', { schema: MyOrgsSchema })
}

export async function fetchCities() {
  const { items } = await request('GET', '/api/reference/cities', { schema: CityListSchema })
  return items
}

export async function fetchLabels() {
  const { items } = await request('GET', '/api/reference/labels', { schema: EnterpriseLabelListSchema })
  return items
}
