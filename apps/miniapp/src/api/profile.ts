import { CollegeOptionListSchema, MajorListSchema } from '@zhilian/shared/contracts/reference'
import {
  DeleteAccountResultSchema,
  PersonalisationSchema,
  ProfileExportSchema,
  ProfileSchema,
  type ProfileInput,
} from '@zhilian/shared/contracts/profile'
import { request } from './request'

export function fetchProfile() {
  return request('GET', '/api/profile', { schema: ProfileSchema })
}

export function saveProfile(input: ProfileInput) {
  return request('PUT', '/api/profile', { body: input as unknown as Record<string, unknown>, schema: ProfileSchema })
}

export function setPersonalisation(enabled: boolean) {
  return request('PUT', '/api/profile/personalisation', { body: { enabled }, schema: PersonalisationSchema })
}

export function exportProfile() {
  return request('GET', '/api/profile/export', { schema: ProfileExportSchema })
}

export function deleteAccount(confirm: string) {
  return request('DELETE', '/api/profile', { body: { confirm }, schema: DeleteAccountResultSchema })
}

/** Catalogue majors matching a keyword, for the résumé's major picker. */
export async function searchMajors(q: string) {
  const { items } = await request('GET', '/api/reference/majors', { query: { q: q.trim() || undefined }, schema: MajorListSchema })
  return items
}

/** Verified colleges by name: the profile accepts no other. */
export async function searchColleges(q: string) {
  const { items } = await request('GET', '/api/reference/colleges', { query: { q: q.trim() || undefined }, schema: CollegeOptionListSchema })
  return items
}
