import { AppError } from '@zhilian/shared'
import { code2Session, type WeChatSession } from './code2session'
import { StableTokenHolder } from './stable-token'
import { sendSubscribeMessage, type SendResult, type SubscribeMessage } from './subscribe'

export interface WeChatClient {
  readonly configured: boolean
  code2Session(code: string): Promise<WeChatSession>
  sendSubscribeMessage(message: SubscribeMessage): Promise<SendResult>
  readonly tokens: StableTokenHolder
}

export interface WeChatClientOptions {
  appid?: string
  secret?: string
  baseUrl: string
}

/** One client per process: it owns the token holder every sender shares. */
export function createWeChatClient(opts: WeChatClientOptions): WeChatClient {
  const creds = { appid: opts.appid ?? '', secret: opts.secret ?? '', baseUrl: opts.baseUrl.replace(/\/+$/, '') }
  const configured = Boolean(opts.appid && opts.secret)
  const tokens = new StableTokenHolder(creds)
  const notConfigured = () =>
    new AppError('WECHAT_LOGIN_FAILED', { userMessage: '服务器尚未配置微信登录，请使用账号密码登录', internal: 'WECHAT_APPID/WECHAT_SECRET not set' })
  return {
    configured,
    tokens,
    async code2Session(code) {
      if (!configured) throw notConfigured()
      return code2Session(creds, code)
    },
    async sendSubscribeMessage(message) {
      if (!configured) throw notConfigured()
      return sendSubscribeMessage(tokens, creds.baseUrl, message)
    },
  }
}
