import { OpenAPIHono } from '@hono/zod-openapi'
import { requestId } from 'hono/request-id'
import { demoHostGuard } from './demo-host'
import { bodySizeLimit, unsafeInputGuard } from './input-guard'
import { ipRateLimit } from './rate-limit'
import { notFound, onError } from './on-error'
import { validationError } from './problem'
import type { AppBindings, AppDeps } from './types'
import { installChineseErrors } from './zod-zh'

/** A router whose every OpenAPI route answers invalid input with the same problem format. */
export function createRouter() {
  return new OpenAPIHono<AppBindings>({
    strict: false,
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error)
    },
  })
}

/** The bare app: request ids, per-request logger and dependencies, central error handling. */
export function createBaseApp(deps: AppDeps) {
  installChineseErrors()
  const app = createRouter()
  app.use(requestId())
  app.use(async (c, next) => {
    const logger = deps.logger.child({ requestId: c.var.requestId })
    c.set('logger', logger)
    c.set('db', deps.db.prisma)
    c.set('dbKind', deps.db.kind)
    c.set('env', deps.env)
    c.set('keys', deps.keys)
    c.set('wechat', deps.wechat)
    c.set('user', undefined)
    const started = performance.now()
    await next()
    logger.info(
      { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) },
      'request',
    )
  })
  if (deps.env.DEMO_MODE) app.use(demoHostGuard)
  app.use(bodySizeLimit)
  app.use(unsafeInputGuard)
  app.use(ipRateLimit)
  app.notFound(notFound)
  app.onError(onError)
  return app
}
