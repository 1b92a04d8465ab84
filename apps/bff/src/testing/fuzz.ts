/**
 * The fuzz engine (issue 10), driven by /api/openapi.json, in-process against the Hono app: for every operation,
 * malformed inputs (wrong types, 1 MB strings, deep nesting, NUL, lone surrogates, odd dates, bad cursors, wrong
 * content types, empty and unknown ids) sent as every principal. Every answer must be below 500, and every refusal
 * a problem+json body. `npm test` runs a sample per operation and principal (fuzz.test.ts); .ci/run runs at least
 * 50 each (fuzz-full.fuzz.ts).
 */
import { ProblemSchema } from '@zhilian/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, type Harness } from './harness'
import { buildUrl, exampleOf, readOperations, type JsonSchema, type Operation } from './openapi-ops'
import { authHeader, createActors, PRINCIPALS, refreshActors, type Actor, type PrincipalName } from './principals'

const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url')
const MEGABYTE = 'x'.repeat(1024 * 1024)

/** Malformed text for paths and query strings. */
const TEXTS = [
  '', ' ', '\u0000', 'a\u0000b', '\ud800', 'x\udfff', MEGABYTE, '-1', '0', '1e309', 'NaN', 'null', 'true', '[]', '{}',
  '0000-01-01T00:00:00Z', '2026-02-30T10:00:00Z', '9999-12-31T23:59:59.999Z', '+275760-09-13T00:00:00.000Z',
  b64({ t: 0, p: 'garbage', id: 'x' }), b64({ s: '0000-01-01T00:00:00Z', id: '' }), b64({ t: 'yesterday', id: '\u0000' }),
  b64('not json'), b64({ s: 1e308, id: 'x' }), '../../etc/passwd', "' OR 1=1 --", '😀'.repeat(500), '%', 'x'.repeat(65), '9'.repeat(400),
  // Names every object inherits: a table looked up by a client's string finds them on its prototype (decision 042).
  'constructor', '__proto__',
]

/** Malformed values for one JSON field. */
const VALUES: unknown[] = [
  null, 0, -1, 1e308, 1.5, true, [], {}, [null], { nested: { deeper: [1] } }, '', ' ', '\u0000', 'a\ud800', 'x'.repeat(200_000),
  '0000-01-01T00:00:00Z', '2026-02-30T10:00:00Z', 'cdoesnotexist00000000000001', '测试',
]

interface Variant { url: string; init: RequestInit; what: string }

const deep = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`

function variantsOf(op: Operation): Variant[] {
  const out: Variant[] = []
  const plain = buildUrl(op, {})
  const hasBody = op.method !== 'GET' && op.method !== 'HEAD'
  const json = (url: string, body: unknown, what: string) =>
    out.push({ url, what, init: { method: op.method, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } })
  const raw = (body: string, type: string | undefined, what: string) =>
    out.push({ url: plain, what, init: { method: op.method, body, headers: type ? { 'content-type': type } : {} } })
  const base = op.body?.type === 'application/json' ? exampleOf(op.body.schema) : undefined

  for (const name of op.pathParams) for (const text of TEXTS) out.push({ url: buildUrl(op, { [name]: text }), init: { method: op.method, ...(hasBody && base !== undefined ? { body: JSON.stringify(base), headers: { 'content-type': 'application/json' } } : {}) }, what: `path ${name}` })
  const queryNames = [...op.query.map((q) => q.name), 'cursor', 'limit', 'zz']
  for (const name of new Set(queryNames)) for (const text of TEXTS) out.push({ url: buildUrl(op, {}, [[name, text]]), init: { method: op.method }, what: `query ${name}` })
  out.push({ url: buildUrl(op, {}, [['limit', '1'], ['limit', '2'], ['cursor', 'a'], ['cursor', 'b']]), init: { method: op.method }, what: 'repeated query' })

  if (hasBody) {
    if (op.body?.type === 'application/json') {
      const schema = op.body.schema
      for (const [key, prop] of Object.entries(schema.properties ?? {})) {
        for (const value of VALUES) json(plain, { ...(base as object), [key]: value }, `body ${key}`)
        for (const value of VALUES.slice(10, 15)) json(plain, { ...(base as object), [key]: nestedBreak(prop, value) }, `body ${key} inside`)
      }
      json(plain, { ...(base as object), unexpected: 'x', __proto__: { admin: true }, constructor: { prototype: 1 } }, 'body extra keys')
    }
    for (const body of ['null', '[]', '"text"', '123', 'true', '{', '{"a":1}}', '\uFEFF{}', '{"a":"\\ud800"}', deep(40), deep(100_000), JSON.stringify({ a: MEGABYTE })]) raw(body, 'application/json', 'raw json')
    raw('{}', 'text/plain', 'content type')
    raw('a=b&c=%00', 'application/x-www-form-urlencoded', 'content type')
    raw('--x\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nPK\u0003\u0004garbage\r\n--x--\r\n', 'multipart/form-data; boundary=x', 'content type')
    raw('--x\r\nbroken', 'multipart/form-data; boundary=x', 'content type')
    // File names are the client's to choose (decision 069: a NUL in one answered 500).
    for (const name of ['a\u0000b.xlsx', 'C:\\tmp\\a.xlsx', `${'名'.repeat(100_000)}.xlsx`, '\r\n.xlsx', '\u202e.xlsx']) {
      raw(`--x\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n\r\nPK\u0003\u0004garbage\r\n--x--\r\n`, 'multipart/form-data; boundary=x', 'file name')
    }
    raw('{}', 'application/json; charset=utf-16', 'content type')
    raw('{}', undefined, 'no content type')
    raw('', 'application/json', 'empty body')
  }
  return out
}

/** A malformed value one level down (an array's item, an object's first field). */
function nestedBreak(prop: JsonSchema, value: unknown): unknown {
  const type = Array.isArray(prop.type) ? prop.type.find((t) => t !== 'null') : prop.type
  if (type === 'array') return [value]
  if (type === 'object') return { [Object.keys(prop.properties ?? { x: 1 })[0]!]: value }
  return value
}

/** A deterministic, principal-rotated sample of `perPair` variants. */
function sample(variants: Variant[], principal: number, perPair: number): Variant[] {
  if (variants.length <= perPair) return variants
  const start = (principal * perPair) % variants.length
  return Array.from({ length: perPair }, (_, i) => variants[(start + i * 7919) % variants.length]!)
}

/** Registers the suite: every operation × every principal × `perPair` malformed inputs. */
export function fuzzSuite(perPair: number, minimumVariants = 50) {
  let h: Harness
  let ops: Operation[]
  let actors: Record<PrincipalName, Actor>
  beforeAll(async () => {
    h = await createHarness({ RATE_LIMIT: 'off' })
    ops = await readOperations(h)
    actors = await createActors(h)
  }, 120_000)
  afterAll(() => h.close())

  describe('fuzzing every operation of the OpenAPI document', () => {
    it(`answers ${perPair} malformed inputs per operation and principal below 500, every refusal as problem+json`, async () => {
      const statuses = new Map<number, number>()
      const failures: string[] = []
      let requests = 0
      let fewest = Infinity
      for (const op of ops) {
        const variants = variantsOf(op)
        fewest = Math.min(fewest, variants.length)
        for (const [index, name] of PRINCIPALS.entries()) {
          const actor = actors[name]
          const batch = sample(variants, index, perPair)
          for (let i = 0; i < batch.length; i += 10) {
            await Promise.all(batch.slice(i, i + 10).map(async (v) => {
              const headers = { ...(v.init.headers as Record<string, string> | undefined), ...authHeader(actor) }
              const res = await h.app.request(v.url, { ...v.init, headers })
              requests++
              statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
              const type = res.headers.get('content-type') ?? ''
              const body = await res.text()
              const problem = res.status >= 400 && type.includes('application/problem+json') && ProblemSchema.safeParse(JSON.parse(body)).success
              if (res.status >= 500 || (res.status >= 400 && !problem)) {
                failures.push(`${res.status} ${op.method} ${op.path} as ${name}: ${v.what} (${v.url.slice(0, 80)}) ${body.slice(0, 160)}`)
              }
            }))
          }
        }
        await refreshActors(h, actors)
      }
      const tally = [...statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')
      console.log(`fuzz: ${ops.length} operations × ${PRINCIPALS.length} principals × ${perPair} malformed inputs (of ≥${fewest} per operation) = ${requests} requests; statuses ${tally}`)
      expect(fewest).toBeGreaterThanOrEqual(minimumVariants)
      expect(ops.length).toBeGreaterThan(100)
      expect(requests).toBe(ops.length * PRINCIPALS.length * perPair)
      expect(failures).toEqual([])
    }, 1_800_000)
  })
}
