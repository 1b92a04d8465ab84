import { z } from 'zod'
import { idOf } from './common'

export const SUBSCRIPTION_TEMPLATE_KEYS = ['event_starting', 'session_starting', 'application_changed', 'interview_invitation', 'milestone_due'] as const
export const SubscriptionTemplateKey = z.enum(SUBSCRIPTION_TEMPLATE_KEYS)

/** WeChat takes at most three one-time templates per wx.requestSubscribeMessage call, so one answer names at most three. */
export const MAX_TEMPLATES_PER_ASK = 3
/** The most unspent consents kept per template (decision 014): more claimed accepts than this are not counted. */
export const MAX_CREDITS_PER_TEMPLATE = 5

const Answer = z.enum(['accept', 'reject', 'ban', 'filter'])

/**
 * One wx.requestSubscribeMessage answer as WeChat gives it: template id → accept | reject | ban | filter
 * (its errMsg dropped). Each accepted template adds exactly one credit, up to the cap.
 */
export const SubscribeBodySchema = z.object({
  results: z
    .record(idOf(64), Answer)
    .refine((r) => Object.keys(r).length >= 1 && Object.keys(r).length <= MAX_TEMPLATES_PER_ASK, { error: `每次订阅应包含1至${MAX_TEMPLATES_PER_ASK}个消息模板` }),
})
export type SubscribeBody = z.infer<typeof SubscribeBodySchema>

export const SubscriptionStateSchema = z.object({
  /** Key → WeChat template id, for the tmplIds of wx.requestSubscribeMessage. */
  templates: z.record(z.string(), z.string()),
  /** Key → messages still allowed (the ledger's balance, at most MAX_CREDITS_PER_TEMPLATE). */
  credits: z.record(z.string(), z.number().int()),
})
