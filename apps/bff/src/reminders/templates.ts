/**
 * The subscribe-message templates the platform asks consent for. env.ts has no template variables, so
 * the ids are fixed development ids; the fake WeChat server accepts any id a test grants. A real
 * deployment replaces them with the ids from the mini-program console (mp.weixin.qq.com → 订阅消息).
 */
export const TEMPLATE_KEYS = ['event_starting', 'session_starting', 'application_changed', 'interview_invitation', 'milestone_due'] as const
export type TemplateKey = (typeof TEMPLATE_KEYS)[number]

export const TEMPLATE_IDS: Record<TemplateKey, string> = {
  event_starting: 'TPL_EVENT_STARTING',
  session_starting: 'TPL_SESSION_STARTING',
  application_changed: 'TPL_APPLICATION_CHANGED',
  interview_invitation: 'TPL_INTERVIEW_INVITATION',
  milestone_due: 'TPL_MILESTONE_DUE',
}

/** What every reminder carries; the worker turns it into template fields and an inbox message. */
export interface ReminderPayload {
  title: string
  /** ISO time of the thing reminded about. */
  at: string
  place?: string
  /** An application's new status (录用意向, 不合适…): `application_changed` shows it in place of a place (decision 116). */
  status?: string
  /** Mini-program page the message opens, e.g. `pages/events/detail?id=…`. */
  page?: string
  /** The inbox title's lead-in; 即将开始 when absent (a milestone says 即将到期). */
  heading?: string
  /** The inbox message went out with the change itself (an interview moved or cancelled, decision 112): the send adds
   * only the subscribe message, so the student does not read it twice. */
  inboxWritten?: boolean
}
