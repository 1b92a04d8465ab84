import os from 'node:os'
import { defineConfig } from 'vitest/config'

// `npm test`: every unit and integration suite that needs nothing but Node (PGlite is embedded).
// Browser (Chromium) and PostgreSQL runs are driven by .ci/run, see README "Tests".
export default defineConfig({
  test: {
    // One worker per core. Vitest's default leaves a core to its own process (cores − 1: a single worker on the
    // two-core machines), but that process is mostly idle after the first transforms and the workers wait on PGlite,
    // sockets and the mini-program's BFF processes, so the second core sat idle (docs/decisions/044).
    maxWorkers: os.availableParallelism(),
    // The mini-program is two projects: `miniapp` without isolation and `miniapp-isolated` (decision 103).
    projects: ['packages/*', 'prisma', 'apps/bff', 'apps/miniapp', 'apps/miniapp/vitest.isolated.config.ts'],
  },
})
