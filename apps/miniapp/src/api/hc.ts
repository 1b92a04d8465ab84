import Taro from '@tarojs/taro'
import type { AppType } from '@zhilian/bff'
import { hc } from 'hono/client'
import { apiBase } from './config'
import { getToken } from './token'

/**
 * `fetch` for Hono's typed client, carried by Taro.request (wx.request in the mini-program).
 * Only what hc reads from a response is provided: status, ok, headers, json() and text().
 */
export const taroFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const headers: Record<string, string> = {}
  new Headers(init?.headers).forEach((value, key) => {
    headers[key] = value
  })
  const res = await Taro.request({
    url: String(input),
    method: (init?.method ?? 'GET') as keyof Taro.request.Method,
    header: headers,
    data: typeof init?.body === 'string' ? init.body : undefined,
    // Keep the raw text: hc decides how to read it.
    dataType: '其他',
    responseType: 'text',
  })
  const text = typeof res.data === 'string' ? res.data : JSON.stringify(res.data ?? null)
  const responseHeaders = new Headers()
  for (const [key, value] of Object.entries(res.header ?? {})) if (typeof value === 'string') responseHeaders.set(key, value)
  const response = {
    status: res.statusCode,
    ok: res.statusCode >= 200 && res.statusCode < 300,
    headers: responseHeaders,
    text: async () => text,
    json: async (): Promise<unknown> => JSON.parse(text),
  }
  // wx.request has no Response class; hc only touches the members above.
  return response as unknown as Response
}

/**
 * The BFF's routes, typed end to end from `AppType` (a type-only import: no BFF code is bundled).
 * Needs a global `Headers` (H5 has one; the mini-program base library does not), so pages use
 * `request()` today and this client is for H5 and tests until a Headers polyfill is in place.
 */
export function createApiClient() {
  const token = getToken()
  return hc<AppType>(apiBase() || (typeof location === 'undefined' ? '' : location.origin), {
    fetch: taroFetch,
    headers: token ? { Authorization: `Bearer ${token}` } : undefined,
  })
}
