/**
 * Reads the app's own /api/openapi.json into a list of operations the fuzz and authorisation suites drive: path
 * and query parameters, the request body's content type and schema, the roles the route declares. Also builds
 * URLs (encoding what encodeURIComponent refuses) and plausible example values from a JSON schema.
 */
import type { Harness } from './harness'

export interface JsonSchema {
  type?: string | string[]
  enum?: unknown[]
  const?: unknown
  format?: string
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  minItems?: number
  items?: JsonSchema
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: JsonSchema | boolean
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
  default?: unknown
  $ref?: string
}

export interface Operation {
  method: string
  /** As in the document: /api/jobs/{id} */
  path: string
  pathParams: string[]
  query: { name: string; schema: JsonSchema; required: boolean }[]
  body?: { type: string; schema: JsonSchema }
  roles: string[]
}

interface Doc {
  paths: Record<string, Record<string, {
    parameters?: { name: string; in: string; required?: boolean; schema?: JsonSchema }[]
    requestBody?: { content: Record<string, { schema?: JsonSchema }> }
    'x-roles'?: string[]
  }>>
  components?: { schemas?: Record<string, JsonSchema> }
}

export async function readOperations(h: Harness): Promise<Operation[]> {
  const doc = (await (await h.app.request('/api/openapi.json')).json()) as Doc
  const resolve = (schema: JsonSchema | undefined): JsonSchema => {
    if (!schema?.$ref) return schema ?? {}
    const name = schema.$ref.split('/').at(-1)!
    return resolve(doc.components?.schemas?.[name])
  }
  const ops: Operation[] = []
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const params = op.parameters ?? []
      const [bodyType, bodyContent] = Object.entries(op.requestBody?.content ?? {})[0] ?? []
      ops.push({
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: resolve(p.schema), required: !!p.required })),
        ...(bodyType ? { body: { type: bodyType, schema: deref(resolve(bodyContent?.schema), resolve) } } : {}),
        roles: op['x-roles'] ?? [],
      })
    }
  }
  return ops
}

/** Inlines $refs (the document may share component schemas). */
function deref(schema: JsonSchema, resolve: (s: JsonSchema | undefined) => JsonSchema, depth = 0): JsonSchema {
  if (depth > 12) return {}
  const s = resolve(schema)
  const map = (x: JsonSchema | undefined) => (x ? deref(x, resolve, depth + 1) : x)
  return {
    ...s,
    ...(s.items ? { items: map(s.items) } : {}),
    ...(s.properties ? { properties: Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, map(v)!])) } : {}),
    ...(s.anyOf ? { anyOf: s.anyOf.map((x) => map(x)!) } : {}),
    ...(s.oneOf ? { oneOf: s.oneOf.map((x) => map(x)!) } : {}),
    ...(s.allOf ? { allOf: s.allOf.map((x) => map(x)!) } : {}),
  }
}

/** percent-encodes like encodeURIComponent, and also what it refuses (a lone surrogate becomes its UTF-8-ish bytes). */
function encode(value: string): string {
  try {
    return encodeURIComponent(value)
  } catch {
    return [...value].map((ch) => {
      const code = ch.charCodeAt(0)
      if (ch.length === 1 && code >= 0xd800 && code <= 0xdfff) {
        return `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase()
      }
      return encodeURIComponent(ch)
    }).join('')
  }
}

export function buildUrl(op: Operation, params: Record<string, string>, query: [string, string][] = []): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encode(params[name] ?? 'cfuzz0000000000000000000001'))
  const qs = query.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&')
  return qs ? `${path}?${qs}` : path
}

const typeOf = (s: JsonSchema) => (Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type)

/** A value the schema would plausibly accept (refinements aside), so one field at a time can be broken. */
export function exampleOf(schema: JsonSchema, depth = 0): unknown {
  if (depth > 8) return null
  if (schema.const !== undefined) return schema.const
  if (schema.enum?.length) return schema.enum[0]
  if (schema.default !== undefined) return schema.default
  if (schema.allOf?.length) return Object.assign({}, ...schema.allOf.map((s) => exampleOf(s, depth + 1) as object))
  const options = schema.anyOf ?? schema.oneOf
  if (options?.length) return exampleOf(options.find((o) => typeOf(o) !== 'null') ?? options[0]!, depth + 1)
  switch (typeOf(schema)) {
    case 'object': {
      const out: Record<string, unknown> = {}
      for (const [key, prop] of Object.entries(schema.properties ?? {})) out[key] = exampleOf(prop, depth + 1)
      return out
    }
    case 'array':
      return schema.items && (schema.minItems ?? 0) > 0 ? [exampleOf(schema.items, depth + 1)] : []
    case 'integer':
    case 'number':
      return schema.minimum ?? 1
    case 'boolean':
      return false
    case 'string':
      return exampleString(schema)
    default:
      return null
  }
}

function exampleString(schema: JsonSchema): string {
  if (schema.format === 'date-time') return new Date(Date.now() + 7 * 86_400_000).toISOString()
  if (schema.format === 'date') return new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)
  if (schema.format === 'email') return 'fuzz@example.com'
  if (schema.pattern?.includes('\\d{6}')) return '370300'
  if (schema.pattern?.includes('1[3-9]')) return '13800000000'
  const min = Math.max(schema.minLength ?? 1, 1)
  return '测试'.repeat(Math.ceil(min / 2)).slice(0, Math.max(min, Math.min(schema.maxLength ?? 4, 4)))
}
