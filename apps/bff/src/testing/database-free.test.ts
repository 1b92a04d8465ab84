import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { DATABASE_FREE_TESTS, opensDatabase } from './database-free'

const bffRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

describe('the test files the PostgreSQL run leaves out', () => {
  it.each(DATABASE_FREE_TESTS)('%s opens no database, directly or through what it imports', (file) => {
    expect(opensDatabase(path.join(bffRoot, file))).toBe(false)
  })

  it('sees a database opened through the harness, also two imports away', () => {
    // A route test imports the harness; a fixture module does so through another module of its own.
    expect(opensDatabase(path.join(bffRoot, 'src/routes/jobs/jobs.test.ts'))).toBe(true)
    expect(opensDatabase(path.join(bffRoot, 'src/fuzz.test.ts'))).toBe(true)
  })
})
