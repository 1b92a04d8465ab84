import { wechatFetch } from './http'
import type { StableTokenHolder } from './stable-token'

export interface SubscribeMessage {
  touser: string
  template_id: string
  page?: string
  data: Record<string, { value: string }>
  miniprogram_state?: 'developer' | 'trial' | 'formal'
  lang?: 'zh_CN' | 'en_US' | 'zh_HK' | 'zh_TW'
}

/** ok: delivered; refresh: token problem, get a new one and retry; final: never retry; back-off: retry later. */
export type SendClass = 'ok' | 'refresh' | 'final' | 'back-off'

const CLASSES: Record<number, SendClass> = {
  0: 'ok',
  40001: 'refresh',
  42001: 'refresh',
  40003: 'final',
  40037: 'final',
  43101: 'final',
  47003: 'final',
  41030: 'final',
  45009: 'back-off',
}

export function classifySendErrcode(errcode: number): SendClass {
  return CLASSES[errcode] ?? (errcode < 0 ? 'back-off' : 'final')
}

export type SendResult =
  | { outcome: 'sent' }
  | { outcome: 'final' | 'back-off'; errcode: number; errmsg: string }

/** cgi-bin/message/subscribe/send, refreshing the token once when WeChat calls it stale. */
export async function sendSubscribeMessage(tokens: StableTokenHolder, baseUrl: string, message: SubscribeMessage): Promise<SendResult> {
  let token: string
  try {
    token = await tokens.get()
  } catch (error) {
    return noToken(error)
  }
  for (let attempt = 0; ; attempt++) {
    const body = await wechatFetch<object>(`${baseUrl}/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`, {
      method: 'POST',
      body: message,
    })
    const errcode = body.errcode ?? 0
    const kind = classifySendErrcode(errcode)
    if (kind === 'ok') return { outcome: 'sent' }
    if (kind === 'refresh' && attempt === 0) {
      try {
        token = await tokens.refresh(token)
      } catch (error) {
        return noToken(error)
      }
      continue
    }
    return { outcome: kind === 'back-off' ? 'back-off' : 'final', errcode, errmsg: body.errmsg ?? '' }
  }
}

/**
 * No access token, so the message never left: WeChat did not send it, and a later attempt may. Thrown instead, a
 * token that timed out would read as a send whose outcome is unknown, which the reminder ledger never repeats
 * (decision 026): the message would be marked sent and never arrive.
 */
function noToken(error: unknown): SendResult {
  return { outcome: 'back-off', errcode: -1, errmsg: `no access token: ${error instanceof Error ? error.message : String(error)}` }
}
