import { defineProject } from 'vitest/config'

// The heavy suites .ci/run adds after `npm test`: the full fuzz run (every operation × principal × 50 inputs) and
// the suites that start real server processes (*.heavy.ts). They stay in CI; they leave the README's test command
// so that it stays under ten minutes on two cores.
export default defineProject({
  test: {
    name: 'bff-heavy',
    include: ['src/**/*.fuzz.ts', 'src/**/*.heavy.ts'],
    globalSetup: ['@zhilian/db/test-db-setup'],
    testTimeout: 1_800_000,
    hookTimeout: 120_000,
  },
})
