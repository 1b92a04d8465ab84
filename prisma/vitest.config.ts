import { defineProject } from 'vitest/config'

// Each test file opens its own migrated database (src/test-db.ts), a copy of a template the global setup migrates
// once before the workers start (docs/decisions/058).
export default defineProject({
  test: { name: 'db', include: ['src/**/*.test.ts'], globalSetup: ['src/test-db-setup.ts'], setupFiles: ['src/pg-concurrency-guard.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
})
