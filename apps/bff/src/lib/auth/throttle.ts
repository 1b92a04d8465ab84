const MAX_FAILURES = 5
const WINDOW_MS = 15 * 60 * 1000

/**
 * Slows password guessing: after five failures for one username within 15 minutes, that username is
 * refused until the window passes. Kept in memory: one BFF process serves a province-level pilot;
 * several processes would each keep their own count (documented in docs/decisions/003).
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>()

  constructor(private readonly now: () => number = Date.now) {}

  blocked(username: string): boolean {
    return this.recent(username).length >= MAX_FAILURES
  }

  fail(username: string): void {
    if (this.failures.size > 10_000) this.prune()
    this.failures.set(username.toLowerCase(), [...this.recent(username), this.now()])
  }

  succeed(username: string): void {
    this.failures.delete(username.toLowerCase())
  }

  private recent(username: string): number[] {
    const since = this.now() - WINDOW_MS
    return (this.failures.get(username.toLowerCase()) ?? []).filter((t) => t > since)
  }

  /** Guessing many usernames must not grow the map without bound. */
  private prune(): void {
    for (const key of this.failures.keys()) if (this.recent(key).length === 0) this.failures.delete(key)
  }
}
