import { AppError } from '@zhilian/shared'

const TIMEOUT_MS = 5000

/** WeChat answers HTTP 200 with an `errcode` in the body; only transport failures end up here. */
export async function wechatFetch<T>(url: string, init?: { method: 'POST'; body: unknown }): Promise<T & { errcode?: number; errmsg?: string }> {
  let res: Response
  try {
    res = await fetch(url, {
      method: init?.method ?? 'GET',
      headers: init ? { 'content-type': 'application/json' } : undefined,
      body: init ? JSON.stringify(init.body) : undefined,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch (cause) {
    throw new AppError('UPSTREAM_UNAVAILABLE', { userMessage: '暂时无法连接微信服务，请稍后再试', internal: `WeChat unreachable: ${url.split('?')[0]}`, cause })
  }
  if (!res.ok) {
    throw new AppError('UPSTREAM_UNAVAILABLE', { userMessage: '微信服务暂时不可用，请稍后再试', internal: `WeChat HTTP ${res.status}` })
  }
  return (await res.json()) as T & { errcode?: number; errmsg?: string }
}
