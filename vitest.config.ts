import { defineConfig } from 'vitest/config'

// `npm test`: every unit and integration suite that needs nothing but Node (PGlite is embedded).
// Browser (Chromium) and PostgreSQL runs are driven by .ci/run, see README "Tests".
export default defineConfig({
  test: {
    projects: ['packages/*', 'prisma', 'apps/bff', 'apps/miniapp'],
  },
})
