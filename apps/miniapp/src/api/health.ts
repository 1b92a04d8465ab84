import { call } from './request'

let demo: Promise<boolean> | undefined

/**
 * Whether the BFF runs in demo mode (it says so in /api/health). Asked once per app start; a failure counts
 * as "not known to be demo" and is asked again next time.
 */
export function isDemoMode(): Promise<boolean> {
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
