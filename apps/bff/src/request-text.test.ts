/**
 * Every string a client can send (path, query, JSON body of every route in the OpenAPI registry) refuses NUL and
 * lone surrogates and has a length cap: the shared contracts use text() (or an id, cursor, enum or pattern that
 * is stricter still). Walks the zod schemas themselves, so a new route with a bare z.string() fails here.
 */
import * as demandList from '@zhilian/shared/contracts/demand-list'
import * as listFields from '@zhilian/shared/contracts/list-fields'
import * as listSamples from '@zhilian/shared/contracts/list-samples'
import * as lists from '@zhilian/shared/contracts/lists'
import * as supplyList from '@zhilian/shared/contracts/supply-list'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ZodType } from 'zod'
import { createHarness, type Harness } from './testing/harness'

let h: Harness
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

interface Def { type: string; [key: string]: unknown }
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def

/** Every string leaf below `schema`, with its path. */
function stringLeaves(schema: unknown, path: string, out: { path: string; schema: ZodType }[], seen = new Set<unknown>()) {
  if (!schema || seen.has(schema)) return out
  seen.add(schema)
  const def = defOf(schema)
  const walk = (child: unknown, at: string) => stringLeaves(child, at, out, seen)
  switch (def.type) {
    case 'string':
      out.push({ path, schema: schema as ZodType })
      break
    case 'object':
      for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) walk(child, `${path}.${key}`)
      break
    case 'array':
      walk(def.element, `${path}[]`)
      break
    case 'record':
      walk(def.keyType, `${path}{key}`)
      walk(def.valueType, `${path}{}`)
      break
    case 'union':
      for (const option of def.options as unknown[]) walk(option, path)
      break
    case 'intersection':
      walk(def.left, path)
      walk(def.right, path)
      break
    case 'tuple':
      for (const item of def.items as unknown[]) walk(item, path)
      break
    case 'pipe':
      walk(def.in, path)
      break
    case 'lazy':
      walk((def.getter as () => unknown)(), path)
      break
    case 'optional': case 'nullable': case 'default': case 'prefault': case 'catch': case 'readonly': case 'nonoptional':
      walk(def.innerType, path)
      break
    default:
      break
  }
  return out
}

/** The list forms (附件1/附件2 and the fields they share) are being rewritten from one form definition with text(). */
function listFormLeaves(): Set<unknown> {
  const leaves = new Set<unknown>()
  for (const module of [supplyList, demandList, listFields, listSamples, lists]) {
    for (const value of Object.values(module)) {
      if (value && typeof value === 'object' && '_zod' in value) for (const leaf of stringLeaves(value, '', [])) leaves.add(leaf.schema)
    }
  }
  return leaves
}

interface RouteDefinition {
  type: string
  route: { method: string; path: string; request?: { params?: unknown; query?: unknown; body?: { content?: Record<string, { schema?: unknown }> } } }
}

describe('client text in the request contracts', () => {
  it('refuses NUL and lone surrogates and caps the length of every string field of every route', () => {
    const pending = listFormLeaves()
    const routes = (h.app.openAPIRegistry.definitions as RouteDefinition[]).filter((d) => d.type === 'route')
    const loose: string[] = []
    let checked = 0
    for (const { route } of routes) {
      const op = `${route.method.toUpperCase()} ${route.path}`
      const parts: [string, unknown][] = [
        ['params', route.request?.params],
        ['query', route.request?.query],
        ['body', route.request?.body?.content?.['application/json']?.schema],
      ]
      for (const [where, schema] of parts) {
        for (const leaf of stringLeaves(schema, where, [])) {
          if (pending.has(leaf.schema)) continue
          checked++
          const takesNul = leaf.schema.safeParse('ok\u0000').success || leaf.schema.safeParse('\ud800').success
          const uncapped = leaf.schema.safeParse('a'.repeat(100_001)).success
          if (takesNul || uncapped) loose.push(`${op} ${leaf.path}${takesNul ? ' takes NUL or a lone surrogate' : ''}${uncapped ? ' has no length cap' : ''}`)
        }
      }
    }
    expect(checked).toBeGreaterThan(100)
    expect(loose).toEqual([])
  })
})
