/**
 * Starts the real BFF against a PostgreSQL database for a benchmark (no demo mode, rate limits off: an explicit benchmark
 * configuration, never production; quiet logs). BENCH_PORT pins its port; BENCH_CPU_PROF=<folder> writes a CPU profile when it stops.
 */
import { deriveKeys } from '@zhilian/bff/lib/secrets'
import { startPlatform, type RunningPlatform } from '../../lib/platform'

const BENCH_JWT_SECRET = 'benchmark-secret-that-is-at-least-32-characters'
/** The keys the benchmark's BFF signs with, so a benchmark can sign its own tokens and check-in codes. */
export const BENCH_KEYS = deriveKeys(BENCH_JWT_SECRET)

export function startBff(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<RunningPlatform> {
  return startPlatform({
    DATABASE_URL: databaseUrl, NODE_ENV: 'test', DEMO_MODE: 'false', RATE_LIMIT: 'off', LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'silent', JWT_SECRET: BENCH_JWT_SECRET,
    ...(process.env.BENCH_PORT ? { PORT: process.env.BENCH_PORT } : {}),
    ...extraEnv,
  }, process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [])
}
