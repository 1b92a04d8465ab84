import { MeSchema } from '@zhilian/shared/contracts/me'
import { request } from './request'

export function fetchMe() {
  return request('GET', '/api/me', { schema: MeSchema })
}
