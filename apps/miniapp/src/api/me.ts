import { call } from './request'

// Contracts (and zod) load in their own chunk while the request is in flight; see request.ts.
const contractMe = () => import('@zhilian/shared/contracts/me')

export function fetchMe() {
  return call('get', '/api/me', { schema: () => contractMe().then((m) => m.MeSchema) })
}
