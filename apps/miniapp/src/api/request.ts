import Taro from '@tarojs/taro'
import type { z } from 'zod'
import { ApiError, problemToError } from './api-error'
import { apiBase } from './config'
import { clearToken, getToken } from './token'
import { redirectToLogin } from './unauthorized'
import { type ApiPath, type CallInput, fillPath, type VerbOf } from './routes'

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
export type Query = Record<string, string | number | boolean | null | undefined>

export interface RequestOptions<S extends z.ZodType> {
  query?: Query
  /** Sent as JSON. */
  body?: unknown
  /**
   * Every response is checked against its contract; a mismatch is a bug on one side, reported as INTERNAL.
   * Pages of the first view pass a loader (`() => import(contract).then(…)`): zod and the contracts then
   * arrive in their own chunk, fetched while the request is in flight, not before the first paint.
   */
  schema: S | (() => Promise<S>)
}

const loadSchema = <S extends z.ZodType>(schema: S | (() => Promise<S>)): Promise<S> =>
  typeof schema === 'function' ? (schema as () => Promise<S>)() : Promise.resolve(schema)

/**
 * The H5 production build does not check first-view responses (those passing a loader): loading zod and the
 * contracts was ~30 KiB gz and the longest task of the first paint (decision 025). The BFF's tests check the same
 * responses against the same contracts, the page tests and the WeChat build still check them here, and every page
 * outside the first view (its schemas imported statically) still does. Both values are inlined at build time, so
 * the H5 bundle never requests the contracts chunk for these calls.
 */
const checksLazyContracts = !(process.env.TARO_ENV === 'h5' && process.env.NODE_ENV === 'production')

export function buildUrl(path: string, query?: Query): string {
  const pairs = Object.entries(query ?? {})
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined && entry[1] !== null)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
  return `${apiBase()}${path}${pairs.length ? `?${pairs.join('&')}` : ''}`
}

/**
 * The one way the app talks to the BFF. Taro.request is wx.request in the mini-program and fetch on H5;
 * neither rejects on 4xx/5xx, so status is checked here and failures become ApiError.
 */
export async function request<S extends z.ZodType>(method: Method, path: string, options: RequestOptions<S>): Promise<z.output<S>> {
  const token = getToken()
  const header: Record<string, string> = { Accept: 'application/json' }
  if (token) header.Authorization = `Bearer ${token}`
  if (options.body !== undefined) header['Content-Type'] = 'application/json'

  const lazy = typeof options.schema === 'function'
  const schema = lazy && !checksLazyContracts ? undefined : loadSchema(options.schema)
  let response: Taro.request.SuccessCallbackResult
  try {
    response = await Taro.request({
      url: buildUrl(path, options.query),
      method,
      header,
      data: options.body,
      dataType: 'json',
      timeout: 15_000,
    })
  } catch {
    throw new ApiError('UPSTREAM_UNAVAILABLE', '网络连接失败，请检查网络后重试', { status: 0 })
  }

  const statusCode = response.statusCode
  const data: unknown = response.data
  if (statusCode < 200 || statusCode >= 300) {
    const error = problemToError(statusCode, data)
    // INVALID_CREDENTIALS is also a 401, but it belongs to the login form, not to the session.
    // ACCOUNT_DISABLED (decision 074) ends the session too; its message says who disabled the account.
    if (error.code === 'UNAUTHENTICATED' || error.code === 'SESSION_EXPIRED' || error.code === 'ACCOUNT_DISABLED') {
      clearToken()
      redirectToLogin()
    }
    throw error
  }

  if (!schema) return (statusCode === 204 ? null : data) as z.output<S>
  const parsed = (await schema).safeParse(statusCode === 204 ? null : data)
  if (!parsed.success) {
    console.error('[api] response does not match its contract', method, path, parsed.error.issues)
    throw new ApiError('INTERNAL', '数据格式异常，请稍后再试', { status: statusCode })
  }
  return parsed.data
}

/**
 * The way wrappers call the BFF: a route path and verb as the BFF declares them (checked by the type
 * checker against `AppType`), its parameters, query and body, and the contract that checks the answer.
 *   call('get', '/api/jobs/:id', { param: { id }, schema: JobDetailSchema })
 */
export function call<P extends ApiPath, V extends VerbOf<P>, S extends z.ZodType>(
  verb: V,
  path: P,
  options: CallInput<P, V> & { schema: S | (() => Promise<S>) },
): Promise<z.output<S>> {
  const { param, query, body, schema } = options as { param?: Record<string, string | number>; query?: Query; body?: unknown; schema: S | (() => Promise<S>) }
  return request(String(verb).toUpperCase() as Method, fillPath(path, param), { query, body, schema })
}
