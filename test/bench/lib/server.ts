/** Starts the real BFF against a PostgreSQL database for a benchmark (no demo seeding, quiet logs). */
import { startPlatform, type RunningPlatform } from '../../lib/platform'

export const BENCH_JWT_SECRET = 'benchmark-secret-that-is-at-least-32-characters'

export function startBff(databaseUrl: string): Promise<RunningPlatform> {
  return startPlatform({ DATABASE_URL: databaseUrl, SEED_DEMO: 'false', DEMO_LOGIN: 'false', LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'silent', JWT_SECRET: BENCH_JWT_SECRET })
}
