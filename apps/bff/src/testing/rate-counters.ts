/**
 * Reads and presets RateLimitCounter rows in the current fixed window, for the tests of the requests that count
 * themselves in their statement (decisions 082, 093): a key's count after a request, or a key set as if that many
 * requests had come before.
 */
import type { Harness, TestApp } from './harness'

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

/** Every counter row whose key holds one of `parts`, as key → count: a test names the keys it expects, and no other may be counted. */
export async function countedUnder(h: Harness, ...parts: string[]): Promise<Record<string, number>> {
  const rows = await h.prisma.rateLimitCounter.findMany({ where: { OR: parts.map((p) => ({ key: { contains: p } })) } })
  return Object.fromEntries(rows.map((r) => [r.key, r.count]))
}

/** One request and the statements it sent, through an app on a statement log (the counters' occasional sweep of ended windows left out). */
export async function sendLogged(app: TestApp, log: { statements: string[] }, path: string, init: RequestInit = {}) {
  log.statements.length = 0
  const res = await app.request(path, init)
  return { res, statements: log.statements.filter((q) => !/DELETE FROM "RateLimitCounter"/.test(q)) }
}
