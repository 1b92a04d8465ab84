/**
 * What every request passes before any handler: a body-size limit, and no text PostgreSQL cannot store.
 * NUL characters and lone UTF-16 surrogates in a path, a query string or anywhere in a JSON body (keys included)
 * are refused with 400 problem+json, as are JSON bodies nested deeper than any contract needs; the shared
 * contracts' text() refuses the same per field with a field-level message. This guard is what keeps an endpoint
 * without a contract (or with a loose one, such as a list draft) from turning such input into a 500.
 */
import { AppError } from '@zhilian/shared'
import { hasUnsafeCharacters, UNSAFE_TEXT_MESSAGE } from '@zhilian/shared/contracts/text'
import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { AppBindings } from './types'

/** The largest JSON body any form sends (a list draft's longest step is far below it). */
export const MAX_JSON_BYTES = 1024 * 1024
/** Excel uploads: the file limit (routes/imports/upload.ts) plus the multipart envelope. */
const MAX_MULTIPART_BYTES = 5 * 1024 * 1024 + 64 * 1024
/** Deeper JSON than this is no form of ours. */
const MAX_JSON_DEPTH = 32

const tooLarge = (limit: string) => () => {
  throw new AppError('PAYLOAD_TOO_LARGE', { userMessage: `提交的内容过大（超过 ${limit}），请删减后重试或分批提交` })
}
const jsonLimit = bodyLimit({ maxSize: MAX_JSON_BYTES, onError: tooLarge('1 MB') })
const multipartLimit = bodyLimit({ maxSize: MAX_MULTIPART_BYTES, onError: tooLarge('5 MB') })

const isMultipart = (type: string) => type.toLowerCase().startsWith('multipart/')
const isJson = (type: string) => /^application\/([\w.+-]*\+)?json\b/i.test(type)

/**
 * GET and HEAD carry no body: asking the request for one makes the Node adapter build a full web Request (a job
 * detail's profile: ~5 % of its CPU), so they skip the limit. A body whose length is declared (and not chunked) is
 * checked against that header, which is what `bodyLimit` does too, but without first asking `c.req.raw.body` —
 * that alone makes the adapter build the web Request and its streams for every write (a check-in scan's profile).
 * Node's parser delivers exactly the declared bytes. Chunked bodies go through `bodyLimit`, which counts them.
 */
export const bodySizeLimit: MiddlewareHandler<AppBindings> = (c, next) => {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return next()
  const multipart = isMultipart(c.req.header('content-type') ?? '')
  const declared = c.req.header('content-length')
  if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
    if (Number.parseInt(declared, 10) > (multipart ? MAX_MULTIPART_BYTES : MAX_JSON_BYTES)) tooLarge(multipart ? '5 MB' : '1 MB')()
    return next()
  }
  return multipart ? multipartLimit(c, next) : jsonLimit(c, next)
}

const unsafe = (where: string) =>
  new AppError('BAD_REQUEST', { userMessage: UNSAFE_TEXT_MESSAGE, issues: [{ path: where, message: UNSAFE_TEXT_MESSAGE }], internal: `unsafe characters in ${where}` })

/** Printable ASCII without `%` decodes to itself and holds neither NUL nor a surrogate: such a URL (a job's detail, a scan) needs no parsing. */
const PLAIN_URL = /^[\x20-\x24\x26-\x7e]*$/

function checkUrl(url: string): void {
  if (PLAIN_URL.test(url)) return
  const { pathname, searchParams } = new URL(url)
  let path: string
  try {
    path = decodeURIComponent(pathname)
  } catch {
    // %ED%A0%80 (a surrogate's UTF-8 form) and broken escapes do not decode.
    throw unsafe('path')
  }
  if (hasUnsafeCharacters(path)) throw unsafe('path')
  for (const [key, value] of searchParams) {
    if (hasUnsafeCharacters(key) || hasUnsafeCharacters(value)) throw unsafe(`query.${key.replace(/[^\w-]/g, '?')}`)
  }
}

/** Walks the parsed body without recursion (a hostile body may nest a million levels). */
function checkJson(value: unknown): void {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: 'body', depth: 0 }]
  while (stack.length > 0) {
    const { value: v, path, depth } = stack.pop()!
    if (typeof v === 'string') {
      if (hasUnsafeCharacters(v)) throw unsafe(path)
    } else if (v !== null && typeof v === 'object') {
      if (depth >= MAX_JSON_DEPTH) {
        throw new AppError('BAD_REQUEST', { userMessage: `提交的内容层级过深（超过 ${MAX_JSON_DEPTH} 层）`, internal: 'JSON nested too deep' })
      }
      for (const [key, child] of Object.entries(v)) {
        if (hasUnsafeCharacters(key)) throw unsafe(path)
        stack.push({ value: child, path: `${path}.${key}`, depth: depth + 1 })
      }
    }
  }
}

export const unsafeInputGuard: MiddlewareHandler<AppBindings> = (c, next) => {
  checkUrl(c.req.url)
  // Without a body to read, no async frame of its own: every GET passes here.
  if (c.req.method === 'GET' || c.req.method === 'HEAD' || !isJson(c.req.header('content-type') ?? '')) return next()
  return checkJsonBody(c, next)
}

const checkJsonBody: MiddlewareHandler<AppBindings> = async (c, next) => {
  // Hono keeps the text it read, so the route's validator parses the same text without a second read; a clone of
  // the raw request (as before) made the Node adapter build a web Request and tee its stream for every write.
  const raw = await c.req.text()
  if (raw.trim() !== '') {
    let parsed: unknown
    try {
      parsed = JSON.parse(raw)
    } catch {
      throw new AppError('BAD_REQUEST', { userMessage: '提交的内容不是有效的 JSON', internal: 'malformed JSON body' })
    }
    checkJson(parsed)
  }
  await next()
}
