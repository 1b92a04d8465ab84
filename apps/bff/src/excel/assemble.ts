import type { Assembly, ReadRow } from './layout'

/** Helpers the two layouts share to turn read rows into contract objects. */

/** Plain section: every row becomes one element, in sheet order. */
export function rowsOf(rows: readonly ReadRow[] | undefined, path: string, out: Assembly): Record<string, unknown>[] {
  return (rows ?? []).map((r, i) => {
    out.place(`${path}.${i}`, r)
    return { ...r.values }
  })
}

/**
 * A child row names its parent by key columns (e.g. a skill names its job's title). Blank key cells
 * are reported here because the child never reaches the schema when it has no parent.
 */
export function attach(
  child: ReadRow,
  keys: readonly string[],
  out: Assembly,
  parents: ReadonlyMap<string, number>,
  missingParent: string,
  required: readonly string[] = keys,
): number | undefined {
  let complete = true
  for (const key of required) {
    if (child.values[key] === undefined) {
      complete = false
      if (!out.hasIssue(child, key)) out.issue(child, key, '必填')
    }
  }
  if (!complete) return undefined
  const index = parents.get(keyOf(child.values, keys))
  if (index === undefined) out.issue(child, keys[0]!, missingParent)
  return index
}

function keyOf(values: Record<string, unknown>, keys: readonly string[]): string {
  return keys.map((k) => String(values[k] ?? '')).join('\u0000')
}

/** First occurrence of each key → its index (later duplicates are the schema's to report). */
export function indexBy(items: readonly Record<string, unknown>[], keys: readonly string[]): Map<string, number> {
  const map = new Map<string, number>()
  items.forEach((item, i) => {
    const k = keyOf(item, keys)
    if (!map.has(k)) map.set(k, i)
  })
  return map
}

export function omit(values: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const copy = { ...values }
  for (const k of keys) delete copy[k]
  return copy
}
