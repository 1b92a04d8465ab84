import type { ProfileInput } from '@zhilian/shared/contracts/profile'
import { call } from './request'

// Contracts (and zod) load in their own chunk while the request is in flight; see request.ts.
const contractReference = () => import('@zhilian/shared/contracts/reference')
const contractProfile = () => import('@zhilian/shared/contracts/profile')

export function fetchProfile() {
  return call('get', '/api/profile', { schema: () => contractProfile().then((m) => m.ProfileSchema) })
}

export function saveProfile(input: ProfileInput) {
  return call('put', '/api/profile', { body: input, schema: () => contractProfile().then((m) => m.ProfileSchema) })
}

export function setPersonalisation(enabled: boolean) {
  return call('put', '/api/profile/personalisation', { body: { enabled }, schema: () => contractProfile().then((m) => m.PersonalisationSchema) })
}

export function exportProfile() {
  return call('get', '/api/profile/export', { schema: () => contractProfile().then((m) => m.ProfileExportSchema) })
}

/** The server asks for the word 注销 typed out, so a stray tap cannot delete an account. */
export function deleteAccount(confirm: '注销') {
  return call('delete', '/api/profile', { body: { confirm }, schema: () => contractProfile().then((m) => m.DeleteAccountResultSchema) })
}

/** Catalogue majors matching a keyword, for the résumé's major picker. */
export async function searchMajors(q: string) {
  const { items } = await call('get', '/api/reference/majors', { query: { q: q.trim() || undefined }, schema: () => contractReference().then((m) => m.MajorListSchema) })
  return items
}

/** Verified colleges by name: the profile accepts no other. */
export async function searchColleges(q: string) {
  const { items } = await call('get', '/api/reference/colleges', { query: { q: q.trim() || undefined }, schema: () => contractReference().then((m) => m.CollegeOptionListSchema) })
  return items
}
