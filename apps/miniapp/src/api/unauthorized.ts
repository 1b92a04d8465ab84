import Taro from '@tarojs/taro'
import { ROUTES } from '../routes'

/** Remembered so the login page can send the user back to where the session ran out. */
function currentRoute(): string | undefined {
  let pages: Taro.Page[] = []
  try {
    pages = Taro.getCurrentPages()
  } catch {
    // No page stack yet (app still launching): nothing to come back to.
  }
  const page = pages[pages.length - 1]
  if (!page?.route) return undefined
  const query = Object.entries(page.options ?? {})
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&')
  return `/${page.route.replace(/^\//, '')}${query ? `?${query}` : ''}`
}

export function redirectToLogin(): void {
  const from = currentRoute()
  if (from?.startsWith(ROUTES.login)) return
  const url = from ? `${ROUTES.login}?redirect=${encodeURIComponent(from)}` : ROUTES.login
  Taro.navigateTo({ url }).catch(() => undefined)
}
