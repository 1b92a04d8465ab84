import { createHash } from 'node:crypto'

/**
 * sha256 of the normalised data as canonical JSON (keys sorted, undefined left out), so uploading
 * the same content twice — even re-saved, restyled or with rows re-typed the same — is one hash.
 */
export function contentHash(data: unknown): string {
  return createHash('sha256').update(stableJson(data)).digest('hex')
}

export function stableJson(value: unknown): string {
  if (value === undefined) return 'null'
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (value instanceof Date) return JSON.stringify(value.toISOString())
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`
}
