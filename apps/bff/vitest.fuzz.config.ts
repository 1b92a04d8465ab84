import { defineProject } from 'vitest/config'
import { CI_LANE_TESTS } from './src/testing/ci-lane-tests'

// The heavy suites .ci/run adds after `npm test`: the full fuzz run (every operation × principal × 50 inputs), the
// suites that start real server processes or load list-scale data (*.heavy.ts), and the slowest route and workbook
// files (CI_LANE_TESTS, decision 110). They stay in CI; they leave the README's test command so that it stays under
// ten minutes on two cores. .ci/run runs them as two queue items, filtered by name: `.fuzz.ts .heavy.ts` and `.test.ts`.
export default defineProject({
  test: {
    name: 'bff-heavy',
    include: ['src/**/*.fuzz.ts', 'src/**/*.heavy.ts', ...CI_LANE_TESTS],
    globalSetup: ['@zhilian/db/test-db-setup'],
    // As in `npm test`: node-postgres's warning for a query asked of a busy connection fails its test (decision 070).
    setupFiles: ['@zhilian/db/pg-concurrency-guard'],
    testTimeout: 1_800_000,
    hookTimeout: 120_000,
  },
})
