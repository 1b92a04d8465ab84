import { z } from 'zod'

/** What wx.requestSubscribeMessage answered, per template key; each accept is one message allowed. */
export const SUBSCRIPTION_TEMPLATE_KEYS = ['event_starting', 'session_starting', 'application_changed', 'interview_invitation'] as const
export const SubscriptionTemplateKey = z.enum(SUBSCRIPTION_TEMPLATE_KEYS)
export const SubscribeBodySchema = z.object({
  results: z.partialRecord(SubscriptionTemplateKey, z.enum(['accept', 'reject', 'ban', 'filter'])),
})
export const SubscriptionStateSchema = z.object({
  /** Key → WeChat template id, for the tmplIds of wx.requestSubscribeMessage. */
  templates: z.record(z.string(), z.string()),
  credits: z.record(z.string(), z.number().int()),
})
