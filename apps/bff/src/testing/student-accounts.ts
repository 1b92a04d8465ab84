import { SignupSessionSchema, SIGNUP_PRIVACY_VERSION } from '@zhilian/shared/contracts/signup'
import { expect } from 'vitest'
import { jsonInit, type Harness } from './harness'

let seq = 0
/** A fresh client address per call, so per-address counts of one test never reach another (needs TRUST_PROXY=true). */
export const freshAddress = () => `198.51.100.${(++seq % 250) + 1}`

/** An H5 student made through the real sign-up route: the session, the password and the codes it showed once. */
export async function signUpStudent(h: Harness, over: { username?: string; password?: string } = {}) {
  const username = over.username ?? `acc_${Date.now() % 1e6}_${++seq}`
  const password = over.password ?? 'Qilu2026go'
  const res = await h.app.request('/api/auth/signup', jsonInit('POST', { username, password, privacyVersion: SIGNUP_PRIVACY_VERSION }, { 'x-forwarded-for': freshAddress() }))
  expect(res.status).toBe(201)
  const session = SignupSessionSchema.parse(await res.json())
  return { ...session, username, password, codes: session.recoveryCodes }
}
