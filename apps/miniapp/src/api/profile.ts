import type { ProfileInput } from '@zhilian/shared/contracts/profile'
import { request } from './request'

// Contracts (and zod) load in their own chunk while the request is in flight; see request.ts.
const contractReference = () => import('@zhilian/shared/contracts/reference')
const contractProfile = () => import('@zhilian/shared/contracts/profile')

export function fetchProfile() {
  return request('GET', '/api/profile', { schema: () => contractProfile().then((m) => m.ProfileSchema) })
}

export function saveProfile(input: ProfileInput) {
  return request('PUT', '/api/profile', { body: input as unknown as Record<string, unknown>, schema: () => contractProfile().then((m) => m.ProfileSchema) })
}

export function setPersonalisation(enabled: boolean) {
  return request('PUT', '/api/profile/personalisation', { body: { enabled }, schema: () => contractProfile().then((m) => m.PersonalisationSchema) })
}

export function exportProfile() {
  return request('GET', '/api/profile/export', { schema: () => contractProfile().then((m) => m.ProfileExportSchema) })
}

export function deleteAccount(confirm: string) {
  return request('DELETE', '/api/profile', { body: { confirm }, schema: () => contractProfile().then((m) => m.DeleteAccountResultSchema) })
}

/** Catalogue majors matching a keyword, for the résumé's major picker. */
export async function searchMajors(q: string) {
  const { items } = await request('GET', '/api/reference/majors', { query: { q: q.trim() || undefined }, schema: () => contractReference().then((m) => m.MajorListSchema) })
  return items
}

/** Verified colleges by name: the profile accepts no other. */
export async function searchColleges(q: string) {
  const { items } = await request('GET', '/api/reference/colleges', { query: { q: q.trim() || undefined }, schema: () => contractReference().then((m) => m.CollegeOptionListSchema) })
  return items
}
