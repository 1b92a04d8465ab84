import { SubscriptionStateSchema } from '@zhilian/shared/contracts/subscriptions'
import { call } from './request'

type Answer = 'accept' | 'reject' | 'ban' | 'filter'

export function fetchSubscriptions() {
  return call('get', '/api/subscriptions', { schema: SubscriptionStateSchema })
}

/**
 * wx.requestSubscribeMessage's answer as WeChat gives it, template id → answer, for the templates asked
 * (its errMsg and anything else left out). Empty on H5, where the API is absent.
 */
export function answersOf(tmplIds: string[], answer: Record<string, unknown>): Record<string, Answer> {
  const results: Record<string, Answer> = {}
  for (const id of tmplIds) {
    const value = answer[id]
    if (value === 'accept' || value === 'reject' || value === 'ban' || value === 'filter') results[id] = value
  }
  return results
}

/** One answer, once: the server adds one credit per accepted template (decision 014). */
export function recordSubscriptions(results: Record<string, Answer>) {
  return call('post', '/api/subscriptions', { body: { results }, schema: SubscriptionStateSchema })
}
