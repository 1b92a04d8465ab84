import { configDefaults, defineProject } from 'vitest/config'
import { LEFT_OUT_OF_NPM_TEST } from './src/testing/ci-lane-tests'
import { DATABASE_FREE_TESTS } from './src/testing/database-free'

export default defineProject({
  test: {
    name: 'bff',
    include: ['src/**/*.test.ts'],
    // On PGlite (`npm test`) the slowest files are left to .ci/run's queue (decision 110); on PostgreSQL (.ci/run's
    // second run) the files that open no database, which would repeat their PGlite run exactly.
    exclude: [...configDefaults.exclude, ...(process.env.DATABASE_URL ? DATABASE_FREE_TESTS : LEFT_OUT_OF_NPM_TEST)],
    // The migrated database template every harness copies, built once before the workers start (decision 058).
    globalSetup: ['@zhilian/db/test-db-setup'],
    // node-postgres's warning for a query asked of a busy connection fails the test that caused it (decision 070).
    setupFiles: ['@zhilian/db/pg-concurrency-guard'],
    // A limit for a test that hangs, not a time budget (figures come from benchmarks): the longest tests walk a dozen
    // requests through several parts, and at the load this shared machine reaches (15–20 on two cores) three of them
    // crossed 30 s and failed with nothing wrong (decision 115).
    testTimeout: 60_000,
    // Files share a worker's module cache instead of re-importing the whole BFF each (about 1.8x faster on 2 cores:
    // 76 s against 139 s for the events and check-in files). Safe because every file builds its own database and app
    // through the harness and no BFF test mocks a module or the environment; a test that must do so belongs elsewhere.
    isolate: false,
    hookTimeout: 120_000,
  },
})
