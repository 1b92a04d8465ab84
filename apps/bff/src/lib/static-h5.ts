import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Hono, MiddlewareHandler } from 'hono'

const MISSING_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>职链齐鲁 · 前端尚未构建</title>
<style>body{font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.7;color:#1f2933}
code{background:#f0f2f5;padding:.1rem .35rem;border-radius:4px}</style></head>
<body><h1>前端页面尚未构建</h1>
<p>服务已启动，接口可用（<a href="/api/docs">接口文档</a>），但没有找到 H5 页面。</p>
<p>请在项目根目录运行 <code>npm run build:h5</code>，完成后刷新本页；或直接运行 <code>npm start</code>，它会自动构建。</p>
</body></html>`

/** Webpack names these by content (`app.1a2b3c4d.js`): a new build is a new URL, so browsers may keep them a year. */
const HASHED = /\.[0-9a-f]{8,}\.(?:js|css|png|jpe?g|svg|gif|webp|woff2?|ttf)$/

/**
 * Hashed files live a year without revalidation; index.html (which names them) and everything else is
 * revalidated on each visit, so a rebuilt app reaches the phone on its next open.
 */
const cacheHeaders: MiddlewareHandler = async (c, next) => {
  await next()
  if (c.res.status !== 200 && c.res.status !== 304) return
  c.res.headers.set('Cache-Control', HASHED.test(c.req.path) ? 'public, max-age=31536000, immutable' : 'no-cache')
}

/**
 * The built H5 app at `/`, with index.html for any path that is not a file (client-side routes).
 * /api stays the API's: its unknown paths keep answering problem+json.
 * The build writes .br and .gz beside each text file (apps/miniapp/scripts/precompress.mjs); those are
 * sent as they are, and anything without one is gzipped on the fly by the app-wide compression.
 */
export function mountH5(app: Hono<any>, distDir: string, options: { demo?: boolean } = {}): { built: boolean } {
  const indexFile = path.join(distDir, 'index.html')
  const built = existsSync(indexFile)
  const skipApi = (handler: MiddlewareHandler): MiddlewareHandler => (c, next) =>
    c.req.path === '/api' || c.req.path.startsWith('/api/') ? next() : handler(c, next)
  if (!built) {
    app.get('*', skipApi(async (c) => c.html(MISSING_PAGE, 503)))
    return { built }
  }
  app.use('*', skipApi(cacheHeaders))
  // In demo mode index.html says so itself (<html data-demo>), so the app draws its demo banner in the first render
  // instead of pushing the page down when /api/health answers (a layout shift, decision 025). Read per request: a
  // rebuilt app names new files. It is registered for / and /index.html too, ahead of the files that would serve them.
  const index: MiddlewareHandler = options.demo
    ? async (c) => c.html((await readFile(indexFile, 'utf8')).replace(/<html\b/i, '<html data-demo'))
    : serveStatic({ path: indexFile, precompressed: true })
  if (options.demo) app.on(['GET', 'HEAD'], ['/', '/index.html'], skipApi(index))
  app.use('*', skipApi(serveStatic({ root: distDir, precompressed: true })))
  app.get('*', skipApi(index))
  return { built }
}
