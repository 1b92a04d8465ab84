import { call } from './request'

let demo: Promise<boolean> | undefined

/**
 * On H5 served by the BFF in demo mode, index.html says so (`<html data-demo>`): known before the first render, so
 * the demo banner does not push the page down when /api/health answers (decision 025).
 */
export function demoModeFromPage(): boolean {
  return process.env.TARO_ENV === 'h5' && typeof document !== 'undefined' && document.documentElement.hasAttribute('data-demo')
}

/**
 * Whether the BFF runs in demo mode (it says so in /api/health). Asked once per app start; a failure counts
 * as "not known to be demo" and is asked again next time.
 */
export function isDemoMode(): Promise<boolean> {
  if (demoModeFromPage()) return Promise.resolve(true)
  demo ??= call('get', '/api/health', { schema: () => import('@zhilian/shared/contracts/common').then((m) => m.HealthSchema) }).then(
    (health) => health.demo,
    () => {
      demo = undefined
      return false
    },
  )
  return demo
}

/** Tests start each BFF afresh. */
export function forgetDemoMode() {
  demo = undefined
}
