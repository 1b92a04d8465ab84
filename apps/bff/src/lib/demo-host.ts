import { AppError } from '@zhilian/shared'
import type { MiddlewareHandler } from 'hono'
import { isLoopbackHost } from '../env'
import type { AppBindings } from './types'

/**
 * Demo mode listens on loopback only; this also refuses a request that reached it under another host name, as a
 * web page that rebinds its own domain to 127.0.0.1 would send (DNS rebinding), so no page can sign in as demo_admin.
 */
export const demoHostGuard: MiddlewareHandler<AppBindings> = async (c, next) => {
  const host = new URL(c.req.url).hostname.replace(/^\[|\]$/g, '')
  if (!isLoopbackHost(host)) {
    throw new AppError('FORBIDDEN', { userMessage: '演示模式只接受本机访问（localhost）', internal: `demo mode refused host ${host}` })
  }
  await next()
}
