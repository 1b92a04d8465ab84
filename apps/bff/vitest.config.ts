import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'bff',
    include: ['src/**/*.test.ts'],
    // Each file builds its own database; PGlite start-up plus migrations can take a few seconds.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
})
