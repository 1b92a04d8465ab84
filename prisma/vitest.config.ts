import { defineProject } from 'vitest/config'

// Each test file opens its own migrated database (src/test-db.ts); the first one in a process pays
// for migrating the template, so give hooks room.
export default defineProject({ test: { name: 'db', include: ['src/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } })
