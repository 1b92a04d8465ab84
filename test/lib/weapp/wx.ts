/**
 * The parts of `wx` the simulated mini-program needs beyond miniprogram-simulate's own mocks: wx.request
 * sent to the real BFF over HTTP, storage that persists for the device (the test), and the navigation calls
 * recorded and checked by WeChat's rules (the page must exist; a tab page only by switchTab), and a selector
 * query that finds no laid-out node (jsdom lays nothing out; WeChat answers null for a node it can't find).
 */
import type { WeappBuild } from './build'

export type NavigationApi = 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack'
export interface Navigation { api: NavigationApi; url: string }
export interface RequestRecord { method: string; path: string; status: number }

type Callbacks = { success?: (res: unknown) => void; fail?: (err: { errMsg: string }) => void; complete?: (res: unknown) => void }
type RequestOptions = Callbacks & { url: string; method?: string; header?: Record<string, string>; data?: unknown; dataType?: string }

export interface Device {
  storage: Map<string, unknown>
  navigations: Navigation[]
  requests: RequestRecord[]
  /** Requests sent and not answered yet. */
  inFlight: number
  /** Messages WeChat would print in red: failed navigations and what the app logs with console.error. */
  errors: string[]
}

function settle(options: Callbacks, result: { errMsg: string }, ok: boolean) {
  // WeChat calls back asynchronously.
  setTimeout(() => {
    if (ok) options.success?.(result)
    else options.fail?.(result)
    options.complete?.(result)
  }, 0)
}

/** Why WeChat would refuse this navigation, or undefined when it goes through. */
function refusal(build: WeappBuild, api: NavigationApi, url: string): string | undefined {
  if (api === 'navigateBack') return undefined
  const [path = '', query] = url.split('?')
  if (!path.startsWith('/')) return `${api}:fail url "${url}" is not absolute (pages are opened by /path)`
  const route = path.slice(1)
  if (!build.pages.includes(route)) return `${api}:fail page "${route}" is not found`
  const isTab = build.tabs.some((tab) => tab.pagePath === route)
  if (api === 'switchTab' && !isTab) return `switchTab:fail can not switch to no-tabBar page "${route}"`
  if (api === 'switchTab' && query) return `switchTab:fail a tab page takes no query ("${url}")`
  if ((api === 'navigateTo' || api === 'redirectTo') && isTab) return `${api}:fail can not ${api} a tabbar page "${route}"`
  return undefined
}

/** Installs the device's APIs onto `wx` (miniprogram-simulate's mocks stay for everything else). */
export function installWx(wx: Record<string, unknown>, build: WeappBuild, bff: string, device: Device) {
  const navigate = (api: NavigationApi) => (options: Callbacks & { url?: string; delta?: number }) => {
    const url = options.url ?? ''
    device.navigations.push({ api, url })
    const why = refusal(build, api, url)
    if (why) device.errors.push(why)
    settle(options, { errMsg: why ?? `${api}:ok` }, !why)
  }
  const storageApi = {
    getStorageSync: (key: string) => device.storage.get(key) ?? '',
    setStorageSync: (key: string, value: unknown) => void device.storage.set(key, value),
    removeStorageSync: (key: string) => void device.storage.delete(key),
    clearStorageSync: () => device.storage.clear(),
    getStorage: (o: Callbacks & { key: string }) => settle(o, { errMsg: 'getStorage:ok', ...{ data: device.storage.get(o.key) } }, device.storage.has(o.key)),
    setStorage: (o: Callbacks & { key: string; data: unknown }) => { device.storage.set(o.key, o.data); settle(o, { errMsg: 'setStorage:ok' }, true) },
    removeStorage: (o: Callbacks & { key: string }) => { device.storage.delete(o.key); settle(o, { errMsg: 'removeStorage:ok' }, true) },
  }
  // Each select…() adds one answer; exec hands them all over, as WeChat does.
  const createSelectorQuery = () => {
    const answers: null[] = []
    const query = {
      in: () => query,
      select: () => { answers.push(null); return node },
      selectAll: () => { answers.push(null); return node },
      selectViewport: () => { answers.push(null); return node },
      exec: (callback?: (res: null[]) => void) => void setTimeout(() => callback?.(answers), 0),
    }
    const node = { fields: () => query, boundingClientRect: () => query, scrollOffset: () => query, node: () => query, context: () => query }
    return query
  }
  Object.assign(wx, storageApi, {
    createSelectorQuery,
    navigateTo: navigate('navigateTo'),
    redirectTo: navigate('redirectTo'),
    switchTab: navigate('switchTab'),
    reLaunch: navigate('reLaunch'),
    navigateBack: navigate('navigateBack'),
    request(options: RequestOptions) {
      // Built without TARO_APP_API_BASE the URL is relative: WeChat would need the https origin; here it is the BFF.
      const url = new URL(options.url, bff)
      const method = (options.method ?? 'GET').toUpperCase()
      const body = options.data === undefined || method === 'GET' ? undefined : typeof options.data === 'string' ? options.data : JSON.stringify(options.data)
      const controller = new AbortController()
      device.inFlight++
      fetch(url, { method, headers: options.header, body, signal: controller.signal })
        .then(async (res) => {
          const text = await res.text()
          let data: unknown = text
          if (options.dataType !== 'text') { try { data = JSON.parse(text) } catch { /* not JSON: WeChat hands the text */ } }
          device.requests.push({ method, path: url.pathname, status: res.status })
          options.success?.({ statusCode: res.status, data, header: Object.fromEntries(res.headers), errMsg: 'request:ok' })
          options.complete?.({ statusCode: res.status })
        })
        .catch((error: unknown) => {
          device.requests.push({ method, path: url.pathname, status: 0 })
          const result = { errMsg: `request:fail ${String(error)}` }
          options.fail?.(result)
          options.complete?.(result)
        })
        .finally(() => device.inFlight--)
      return { abort: () => controller.abort(), onHeadersReceived() {}, offHeadersReceived() {} }
    },
  })
}
