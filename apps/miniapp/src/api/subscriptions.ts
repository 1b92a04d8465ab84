import { SubscriptionStateSchema, type SubscriptionTemplateKey } from '@zhilian/shared/contracts/subscriptions'
import type { z } from 'zod'
import { request } from './request'

export type SubscriptionState = z.infer<typeof SubscriptionStateSchema>
type Key = z.infer<typeof SubscriptionTemplateKey>
type Answer = 'accept' | 'reject' | 'ban' | 'filter'

export function fetchSubscriptions() {
  return request('GET', '/api/subscriptions', { schema: SubscriptionStateSchema })
}

/**
 * wx.requestSubscribeMessage answers per template id; the server counts per key. Keys whose template the
 * answer does not mention (H5, where the API is absent) are left out.
 */
export function answersByKey(templates: Record<string, string>, answer: Record<string, unknown>): Partial<Record<Key, Answer>> {
  const results: Partial<Record<Key, Answer>> = {}
  for (const [key, id] of Object.entries(templates)) {
    const value = answer[id]
    if (value === 'accept' || value === 'reject' || value === 'ban' || value === 'filter') results[key as Key] = value
  }
  return results
}

export function recordSubscriptions(results: Partial<Record<Key, Answer>>) {
  return request('POST', '/api/subscriptions', { body: { results }, schema: SubscriptionStateSchema })
}
