import { OpenAPIHono } from '@hono/zod-openapi'
import type { Context, MiddlewareHandler } from 'hono'
import { compress } from 'hono/compress'
import { requestId } from 'hono/request-id'
import { demoHostGuard } from './demo-host'
import { bodySizeLimit, unsafeInputGuard } from './input-guard'
import { ipRateLimit } from './rate-limit'
import { notFound, onError } from './on-error'
import { responseHeaders } from './response-headers'
import { validationError } from './problem'
import type { AppBindings, AppDeps } from './types'
import { installChineseErrors } from './zod-zh'

const acceptsCompression = (header: string | undefined) => header !== undefined && /\b(gzip|deflate)\b|\*/i.test(header)

/** A router whose every OpenAPI route answers invalid input with the same problem format. */
export function createRouter() {
  return new OpenAPIHono<AppBindings>({
    strict: false,
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error)
    },
  })
}

/** One step of the chain every request passes, named so a benchmark can weigh each (decision 054). */
export interface PipelineStep { name: string; handler: MiddlewareHandler<AppBindings> }

/** The middleware every request passes, in order: request ids, headers, compression, context, guards. */
export function requestPipeline(deps: AppDeps): PipelineStep[] {
  // JSON lists and the H5 files are mostly repeated keys and Chinese text: gzip cuts them 4–8×. Responses already
  // encoded (precompressed static files) pass through untouched. Only reads are compressed: c.json sets no
  // Content-Length, so compress() cannot see that a write's answer is a few hundred bytes and gzipped every one
  // through web streams — a tenth of a check-in scan's CPU (decision 031).
  // compress() inspects every answer after the handler and, to add `Vary`, rebuilds it as a web-stream Response even
  // when the client takes no compression (a job detail's profile: ~10 % of its CPU); it runs only when the client
  // accepts gzip or deflate (every browser and WeChat does), and other GETs get `Vary` before the handler instead.
  const gzip = compress()
  const steps: PipelineStep[] = [
    { name: 'requestId', handler: requestId() },
    { name: 'responseHeaders', handler: responseHeaders },
    {
      name: 'compress',
      handler: (c, next) => {
        if (c.req.method !== 'GET') return next()
        if (acceptsCompression(c.req.header('accept-encoding'))) return gzip(c, next)
        c.header('Vary', 'Accept-Encoding')
        return next()
      },
    },
    {
      name: 'context',
      handler: async (c, next) => {
        const logger = deps.logger.child({ requestId: c.get('requestId') })
        setRequestContext(c, deps, logger)
        const started = performance.now()
        await next()
        const line = { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }
        // The message repeats the fields so the developer's terminal shows one readable line per request.
        logger.info(line, `${line.method} ${line.path} ${line.status} ${line.ms}ms`)
      },
    },
  ]
  if (deps.env.DEMO_MODE) steps.push({ name: 'demoHost', handler: demoHostGuard })
  steps.push({ name: 'bodySizeLimit', handler: bodySizeLimit }, { name: 'unsafeInputGuard', handler: unsafeInputGuard }, { name: 'ipRateLimit', handler: ipRateLimit })
  return steps
}

/** What every handler reads from the context: the app's dependencies, the request's logger, no user yet. */
export function setRequestContext(c: Context<AppBindings>, deps: AppDeps, logger: AppDeps['logger']) {
  c.set('logger', logger)
  c.set('db', deps.db.prisma)
  c.set('hotSql', deps.db.hotSql)
  c.set('dbKind', deps.db.kind)
  c.set('env', deps.env)
  c.set('keys', deps.keys)
  c.set('wechat', deps.wechat)
  c.set('user', undefined)
}

/** The bare app: the request pipeline (a benchmark may pass part of it) and central error handling. */
export function createBaseApp(deps: AppDeps, steps: PipelineStep[] = requestPipeline(deps)) {
  installChineseErrors()
  const app = createRouter()
  for (const step of steps) app.use(step.handler)
  app.notFound(notFound)
  app.onError(onError)
  return app
}
