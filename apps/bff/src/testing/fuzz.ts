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

/**
 * `probe`: an input every route must refuse as input whoever sends it (0 first): a JSON body of the wrong type, then
 * a NUL, an over-long or a stray `%` id in the path or in a declared query parameter. The fuzz sends these first.
 */
interface Variant { url: string; init: RequestInit; what: string; probe?: number }
const PROBE_TEXTS = new Set(['\u0000', 'x'.repeat(65), '9'.repeat(400), '%', MEGABYTE])
const PROBE_BODIES = new Set(['null', '[]', '"text"', '123', 'true'])

const deep = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`

function variantsOf(op: Operation): Variant[] {
  const out: Variant[] = []
  const plain = buildUrl(op, {})
  const hasBody = op.method !== 'GET' && op.method !== 'HEAD'
  const json = (url: string, body: unknown, what: string) =>
    out.push({ url, what, init: { method: op.method, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } })
  const raw = (body: string, type: string | undefined, what: string) =>
    out.push({ url: plain, what, init: { method: op.method, body, headers: type ? { 'content-type': type } : {} }, ...(what === 'raw json' && PROBE_BODIES.has(body) ? { probe: 0 } : {}) })
  const base = op.body?.type === 'application/json' ? exampleOf(op.body.schema) : undefined

  for (const name of op.pathParams) for (const text of TEXTS) out.push({ url: buildUrl(op, { [name]: text }), init: { method: op.method, ...(hasBody && base !== undefined ? { body: JSON.stringify(base), headers: { 'content-type': 'application/json' } } : {}) }, what: `path ${name}`, ...(PROBE_TEXTS.has(text) ? { probe: 1 } : {}) })
  const declared = new Set(op.query.map((q) => q.name))
  const queryNames = [...declared, 'cursor', 'limit', 'zz']
  for (const name of new Set(queryNames)) for (const text of TEXTS) out.push({ url: buildUrl(op, {}, [[name, text]]), init: { method: op.method }, what: `query ${name}`, ...(declared.has(name) && PROBE_TEXTS.has(text) ? { probe: 2 } : {}) })
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

/**
 * Each principal's inputs for one operation: first the probes, the same few for all, so that their answers can be
 * compared; then the principal's own rotated sample, without repeating them, up to `perPair` in all.
 */
const PROBES = 5
function batchesOf(variants: Variant[], perPair: number): { name: PrincipalName; probes: Variant[]; rest: Variant[] }[] {
  // A sample no larger than the probes has nothing to leave out: each principal keeps its own rotated inputs.
  if (perPair <= PROBES) return PRINCIPALS.map((name, index) => ({ name, probes: sample(variants, index, perPair), rest: [] }))
  const marked = variants.filter((v) => v.probe !== undefined).sort((a, b) => a.probe! - b.probe!).slice(0, PROBES)
  const probes = [...marked, ...sample(variants, 0, PROBES).filter((v) => !marked.includes(v))].slice(0, PROBES)
  return PRINCIPALS.map((name, index) => ({
    name, probes, rest: sample(variants, index, perPair).filter((v) => !probes.includes(v)).slice(0, perPair - probes.length),
  }))
}

/**
 * Whether a principal was refused before its input was read: every probe answered the same 401 or 403, and another
 * principal had at least one of those same probes refused as malformed input (400, 413, 415). The route
 * then checks who is asking before it reads what was sent, so the rest of this principal's inputs would meet the same
 * refusal and never reach the validator or the handler; other principals' inputs do (decision 115: a fifth of the full
 * run's requests).
 */
function refusedBeforeInput(answers: Map<PrincipalName, number[]>, name: PrincipalName): boolean {
  const own = answers.get(name)!
  const refusal = own[0]
  if ((refusal !== 401 && refusal !== 403) || own.some((s) => s !== refusal)) return false
  return [...answers.values()].some((other) => other.some((s) => INPUT_REFUSALS.has(s)))
}
/**
 * Answers only the reading of a request gives (the validator, the body limit, the content type), never a handler's
 * verdict: a 404 or 422 can come after a route's own check of who asks.
 */
const INPUT_REFUSALS = new Set([400, 413, 415])

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
      let skipped = 0
      let fewest = Infinity
      const send = async (op: Operation, name: PrincipalName, batch: Variant[]) => {
        const answers: number[] = []
        for (let i = 0; i < batch.length; i += 10) {
          await Promise.all(batch.slice(i, i + 10).map(async (v, j) => {
            const headers = { ...(v.init.headers as Record<string, string> | undefined), ...authHeader(actors[name]) }
            const res = await h.app.request(v.url, { ...v.init, headers })
            requests++
            answers[i + j] = res.status
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
            const type = res.headers.get('content-type') ?? ''
            const body = await res.text()
            const problem = res.status >= 400 && type.includes('application/problem+json') && ProblemSchema.safeParse(JSON.parse(body)).success
            if (res.status >= 500 || (res.status >= 400 && !problem)) {
              failures.push(`${res.status} ${op.method} ${op.path} as ${name}: ${v.what} (${v.url.slice(0, 80)}) ${body.slice(0, 160)}`)
            }
          }))
        }
        return answers
      }
      for (const op of ops) {
        const variants = variantsOf(op)
        fewest = Math.min(fewest, variants.length)
        const batches = batchesOf(variants, perPair)
        const answers = new Map<PrincipalName, number[]>()
        for (const { name, probes } of batches) answers.set(name, await send(op, name, probes))
        for (const { name, rest } of batches) {
          if (refusedBeforeInput(answers, name)) skipped += rest.length
          else await send(op, name, rest)
        }
        await refreshActors(h, actors)
      }
      const tally = [...statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')
      console.log(`fuzz: ${ops.length} operations × ${PRINCIPALS.length} principals × ${perPair} malformed inputs (of ≥${fewest} per operation) = ${requests} requests, ${skipped} more not sent to principals refused before their input was read; statuses ${tally}`)
      expect(fewest).toBeGreaterThanOrEqual(minimumVariants)
      expect(ops.length).toBeGreaterThan(100)
      expect(requests + skipped).toBe(ops.length * PRINCIPALS.length * perPair)
      expect(failures).toEqual([])
    }, 1_800_000)
  })
}
