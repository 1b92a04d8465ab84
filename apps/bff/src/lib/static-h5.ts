import { existsSync } from 'node:fs'
import path from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Hono, MiddlewareHandler } from 'hono'
import { compress } from 'hono/compress'

const MISSING_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>职链齐鲁 · 前端尚未构建</title>
<style>body{font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.7;color:#1f2933}
code{background:#f0f2f5;padding:.1rem .35rem;border-radius:4px}</style></head>
<body><h1>前端页面尚未构建</h1>
<p>服务已启动，接口可用（<a href="/api/docs">接口文档</a>），但没有找到 H5 页面。</p>
<p>请在项目根目录运行 <code>npm run build:h5</code>，完成后刷新本页；或直接运行 <code>npm start</code>，它会自动构建。</p>
</body></html>`

/**
 * The built H5 app at `/`, with index.html for any path that is not a file (client-side routes).
 * /api stays the API's: its unknown paths keep answering problem+json.
 */
export function mountH5(app: Hono<any>, distDir: string): { built: boolean } {
  const indexFile = path.join(distDir, 'index.html')
  const built = existsSync(indexFile)
  const skipApi = (handler: MiddlewareHandler): MiddlewareHandler => (c, next) =>
    c.req.path === '/api' || c.req.path.startsWith('/api/') ? next() : handler(c, next)
  if (!built) {
    app.get('*', skipApi(async (c) => c.html(MISSING_PAGE, 503)))
    return { built }
  }
  // The H5 bundle is ~530 KB raw and ~150 KB gzipped: phones on mobile data feel the difference.
  app.use('*', skipApi(compress()))
  app.use('*', skipApi(serveStatic({ root: distDir })))
  app.get('*', skipApi(serveStatic({ path: indexFile })))
  return { built }
}
