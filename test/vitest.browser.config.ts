import { defineConfig } from 'vitest/config'

// Chromium suites: need /usr/bin/chromium and a built H5 app (apps/miniapp/dist/h5). Run by .ci/run.
export default defineConfig({
  test: {
    name: 'browser',
    include: ['browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    // One migrated and seeded data folder per run, copied by each file's platform (decision 090).
    globalSetup: ['lib/seeded-template.ts'],
  },
})
