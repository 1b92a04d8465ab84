/** A seeded PRNG (mulberry32) and the helpers the seed draws with, so every run yields the same data. */
export interface Rng {
  next(): number
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  sample<T>(items: readonly T[], n: number): T[]
  chance(p: number): boolean
  /** A 25-character id shaped like a cuid ("c" + 24 base-36 characters). */
  id(): string
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  return {
    next,
    int,
    pick,
    sample<T>(items: readonly T[], n: number) {
      const pool = [...items]
      for (let i = pool.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        ;[pool[i], pool[j]] = [pool[j]!, pool[i]!]
      }
      return pool.slice(0, Math.min(n, pool.length))
    },
    chance: (p) => next() < p,
    id: () => `c${Array.from({ length: 24 }, () => Math.floor(next() * 36).toString(36)).join('')}`,
  }
}
