import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Context } from 'hono'

/**
 * Swagger UI's script and stylesheet from the swagger-ui-dist package, so /api/docs works offline and on
 * networks that block the CDN @hono/swagger-ui would otherwise load them from.
 */
const dir = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'))
const FILES: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
}
const cache = new Map<string, Buffer>()

export const SWAGGER_ASSET_BASE = '/api/docs'

/** GET /api/docs/swagger-ui-dist/:file — the two files Swagger UI's page asks for. */
export async function swaggerAsset(c: Context) {
  const file = c.req.param('file') ?? ''
  // Own keys only: `constructor`, `__proto__` … are on every object's prototype (they were read from disk: a 500).
  const type = Object.hasOwn(FILES, file) ? FILES[file] : undefined
  if (!type) return c.notFound()
  let body = cache.get(file)
  if (!body) cache.set(file, (body = await readFile(path.join(dir, file))))
  return c.body(new Uint8Array(body), 200, { 'Content-Type': type, 'Cache-Control': 'public, max-age=86400' })
}
