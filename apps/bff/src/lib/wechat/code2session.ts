import { AppError } from '@zhilian/shared'
import { wechatFetch } from './http'

export interface WeChatCredentials {
  appid: string
  secret: string
  baseUrl: string
}

/** `session_key` stays on the server: nothing here or in the routes sends or stores it. */
export interface WeChatSession {
  openid: string
  unionid?: string
  sessionKey: string
}

/** What the caller did wrong is a 4xx (a bad code, too many tries, a user WeChat distrusts); only WeChat's own trouble is a 502. */
const FAILURES: Record<number, { code: 'WECHAT_CODE_INVALID' | 'RATE_LIMITED' | 'FORBIDDEN' | 'WECHAT_LOGIN_FAILED'; userMessage: string }> = {
  40029: { code: 'WECHAT_CODE_INVALID', userMessage: '登录凭证无效或已过期，请重新打开小程序后再试' },
  45011: { code: 'RATE_LIMITED', userMessage: '登录过于频繁，请一分钟后再试' },
  40163: { code: 'WECHAT_CODE_INVALID', userMessage: '登录凭证已使用过，请重新打开小程序后再试' },
  40226: { code: 'FORBIDDEN', userMessage: '微信判定当前账号存在风险，暂时无法登录' },
  [-1]: { code: 'WECHAT_LOGIN_FAILED', userMessage: '微信服务繁忙，请稍后再试' },
}

/** Exchanges a `wx.login` code at sns/jscode2session. */
export async function code2Session(creds: WeChatCredentials, code: string): Promise<WeChatSession> {
  const query = new URLSearchParams({ appid: creds.appid, secret: creds.secret, js_code: code, grant_type: 'authorization_code' })
  const body = await wechatFetch<{ openid?: string; unionid?: string; session_key?: string }>(`${creds.baseUrl}/sns/jscode2session?${query}`)
  if (body.errcode || !body.openid || !body.session_key) {
    const known = FAILURES[body.errcode ?? -1]
    throw new AppError(known?.code ?? 'WECHAT_LOGIN_FAILED', {
      userMessage: known?.userMessage,
      internal: `jscode2session errcode ${body.errcode}: ${body.errmsg}`,
    })
  }
  return { openid: body.openid, sessionKey: body.session_key, ...(body.unionid ? { unionid: body.unionid } : {}) }
}
