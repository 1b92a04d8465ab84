import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'

/**
 * Headers every answer carries (decision 049). Without them a browser could sniff a JSON or workbook answer as
 * HTML (`nosniff`), frame the H5 pages in another site (`X-Frame-Options`), send our URLs to third parties
 * (`Referrer-Policy`), and — the one that holds personal data — keep API answers such as a résumé, an applicant
 * list or `导出我的数据` in its disk cache after sign-out on a shared computer. No CORS headers are sent on
 * purpose: the H5 app calls its own origin and the mini-program is not a browser, so no other site may read
 * the API. The H5 files keep their own caching (static-h5.ts); an API route that may be cached says so itself.
 */
// HSTS without includeSubDomains: the platform may live on one host of a domain whose other hosts are not ours to pin.
export const SECURITY_OPTIONS = { crossOriginEmbedderPolicy: false, strictTransportSecurity: 'max-age=15552000' } as const
const security = secureHeaders(SECURITY_OPTIONS)

const isApi = (path: string) => path === '/api' || path.startsWith('/api/')

export const responseHeaders: MiddlewareHandler = async (c, next) => {
  await security(c, async () => {
    await next()
    if (isApi(c.req.path) && !c.res.headers.has('cache-control')) c.res.headers.set('Cache-Control', 'no-store')
  })
}
