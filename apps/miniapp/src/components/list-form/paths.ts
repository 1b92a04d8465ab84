/** Draft values are addressed by the same dotted paths the server uses in its issues ("jobs.0.skills.1.name"). */
export type Draft = Record<string, unknown>

export function getAt(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), obj)
}

/** Immutable update; arrays stay arrays where the key is an index. */
export function setAt<T>(obj: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.')
  const key = head ?? ''
  const container: unknown = obj ?? (/^\d+$/.test(key) ? [] : {})
  const copy = (Array.isArray(container) ? [...container] : { ...(container as Record<string, unknown>) }) as Record<string, unknown>
  const next = rest.length ? setAt(copy[key], rest.join('.'), value) : value
  if (next === undefined && !Array.isArray(copy)) delete copy[key]
  else copy[key] = next
  return copy as T
}

/** Typed text becomes a number when it reads as one; anything else stays text so the server can say 应为数字. */
export function toNumber(text: string): number | string | undefined {
  const t = text.trim()
  if (!t) return undefined
  const n = Number(t)
  return Number.isFinite(n) ? n : t
}
