import { defineProject } from 'vitest/config'

// The database suites .ci/run adds after `npm test` (*.heavy.ts): migrations applied to PGlite and PostgreSQL and
// compared, backup and restore both ways, two processes racing for one data folder. Slow, so out of the README's
// test command, never out of CI.
export default defineProject({ test: { name: 'db-heavy', include: ['src/**/*.heavy.ts'], globalSetup: ['src/test-db-setup.ts'], setupFiles: ['src/pg-concurrency-guard.ts'], testTimeout: 600_000, hookTimeout: 600_000 } })
