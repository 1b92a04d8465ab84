import Taro from '@tarojs/taro'
import { ROUTES, isTabRoute } from '../routes'

/** Back to the page that sent the user here (a tab needs switchTab), or home. */
export function leaveLoginPage(redirect: string | undefined): void {
  const target = redirect ? decodeURIComponent(redirect) : ROUTES.home
  if (!target.startsWith('/') || target.startsWith(ROUTES.login)) {
    void Taro.switchTab({ url: ROUTES.home })
  } else if (isTabRoute(target)) {
    void Taro.switchTab({ url: target.split('?')[0] ?? ROUTES.home })
  } else {
    void Taro.redirectTo({ url: target })
  }
}

/** A sign-in page's URL that keeps the page that sent the user, so sign-up and sign-in both end there. */
export function withRedirect(url: string, redirect: string | undefined): string {
  return redirect ? `${url}?redirect=${encodeURIComponent(decodeURIComponent(redirect))}` : url
}
