/**
 * Reads and presets RateLimitCounter rows in the current fixed window, for the tests of the requests that count
 * themselves in their statement (decisions 082, 093): a key's count after a request, or a key set as if that many
 * requests had come before.
 */
import type { Harness } from './harness'

export function rateCounters(h: Harness, windowSeconds: number) {
  const size = windowSeconds * 1000
  const windowStart = () => new Date(Math.floor(Date.now() / size) * size)
  return {
    /** Each case needs its counts to stay in one window: start it with at least 15 s of the window left. */
    async freshWindow() {
      const left = size - (Date.now() % size)
      if (left < 15_000) await new Promise((resolve) => setTimeout(resolve, left + 50))
    },
    count: async (key: string) =>
      (await h.prisma.rateLimitCounter.findUnique({ where: { key_windowStart: { key, windowStart: windowStart() } } }))?.count ?? 0,
    preset: (key: string, value: number) =>
      h.prisma.rateLimitCounter.upsert({
        where: { key_windowStart: { key, windowStart: windowStart() } },
        create: { key, windowStart: windowStart(), count: value, expiresAt: new Date(windowStart().getTime() + size) },
        update: { count: value },
      }),
  }
}
