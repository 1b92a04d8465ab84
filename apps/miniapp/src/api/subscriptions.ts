import Taro from '@tarojs/taro'
import { SubscriptionStateSchema, type SUBSCRIPTION_TEMPLATE_KEYS } from '@zhilian/shared/contracts/subscriptions'
import { call } from './request'

type Answer = 'accept' | 'reject' | 'ban' | 'filter'

export function fetchSubscriptions() {
  return call('get', '/api/subscriptions', { schema: SubscriptionStateSchema })
}

/**
 * wx.requestSubscribeMessage's answer as WeChat gives it, template id → answer, for the templates asked
 * (its errMsg and anything else left out). Empty on H5, where the API is absent.
 */
function answersOf(tmplIds: string[], answer: Record<string, unknown>): Record<string, Answer> {
  const results: Record<string, Answer> = {}
  for (const id of tmplIds) {
    const value = answer[id]
    if (value === 'accept' || value === 'reject' || value === 'ban' || value === 'filter') results[id] = value
  }
  return results
}

/** One answer, once: the server adds one credit per accepted template (decision 014). */
function recordSubscriptions(results: Record<string, Answer>) {
  return call('post', '/api/subscriptions', { body: { results }, schema: SubscriptionStateSchema })
}

type TemplateKey = (typeof SUBSCRIPTION_TEMPLATE_KEYS)[number]

/**
 * Asks WeChat for one message of each template and records what was accepted. It must be the tap handler's first call,
 * with `templates` (GET /api/subscriptions) loaded beforehand: after an await WeChat refuses it ("can only be invoked
 * by user TAP gesture"). Resolves to how many were accepted, or undefined where nothing was answered (H5's stand-in
 * answers without any template); rejects as Taro or the server does.
 */
export function askReminders(templates: Record<string, string>, keys: readonly TemplateKey[]): Promise<number | undefined> {
  const tmplIds = keys.map((k) => templates[k]).filter((id): id is string => !!id)
  return Taro.requestSubscribeMessage({ tmplIds, entityIds: [] }).then(async (answer) => {
    const results = answersOf(tmplIds, answer as unknown as Record<string, unknown>)
    if (Object.keys(results).length === 0) return undefined
    await recordSubscriptions(results)
    return Object.values(results).filter((r) => r === 'accept').length
  })
}
