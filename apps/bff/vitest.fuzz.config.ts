import { defineProject } from 'vitest/config'

// The heavy suites .ci/run adds to `npm test`: the full fuzz run (every operation × principal × 50 inputs).
export default defineProject({
  test: {
    name: 'bff-fuzz',
    include: ['src/**/*.fuzz.ts'],
    testTimeout: 1_800_000,
    hookTimeout: 120_000,
  },
})
