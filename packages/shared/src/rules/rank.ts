/** Small helpers every scorer shares, so rounding and ordering are the same everywhere. */
export const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x))
export const round1 = (x: number) => Math.round(x * 10) / 10

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Highest score first; equal scores fall back to the ids in code-unit order (not localeCompare,
 * whose result depends on the runtime's ICU data), so the same inputs always give the same order.
 */
export function byScoreThenIds<T extends { score: number }>(ids: (t: T) => readonly string[]) {
  return (a: T, b: T): number => {
    if (b.score !== a.score) return b.score - a.score
    const ia = ids(a)
    const ib = ids(b)
    for (let i = 0; i < Math.max(ia.length, ib.length); i++) {
      const c = cmp(ia[i] ?? '', ib[i] ?? '')
      if (c !== 0) return c
    }
    return 0
  }
}

/** "PLC编程、数控编程、电气识图等" — at most `max` names, then 等. */
export function listNames(names: readonly string[], max = 3): string {
  return names.slice(0, max).join('、') + (names.length > max ? '等' : '')
}
