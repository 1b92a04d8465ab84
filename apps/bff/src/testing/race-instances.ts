/**
 * The two BFF "processes" of a race test, set up and closed by the test file's own hooks. Only the test files import
 * this.
 */
import { openDatabase } from '@zhilian/db'
import { afterAll, beforeAll } from 'vitest'
import { appWith, createHarness, type Harness, type TestApp } from './harness'

/** What a race test sends its requests through; both fields are set once the file's `beforeAll` has run. */
export interface RaceInstances {
  /** The harness, whose `app` is the first instance. */
  readonly h: Harness
  /** A second app over the harness's database standing for a second BFF process. */
  readonly other: TestApp
}

/**
 * Registers the calling file's `beforeAll` and `afterAll` for a race test: a harness (with `overrides` for its
 * environment) and a second instance over its database, then `setup` (test-only triggers and the like). On PostgreSQL
 * the second instance has its own connection pool, so the two instances' statements truly overlap; nothing is shared
 * but the database. PGlite has one connection, so there the instances share it and run one statement at a time.
 */
export function raceInstances(overrides: Record<string, string> = {}, setup?: (h: Harness) => Promise<void>): RaceInstances {
  let pair: { h: Harness; other: TestApp; close(): Promise<void> } | undefined
  beforeAll(async () => {
    const h = await createHarness(overrides)
    const db = h.db.kind === 'postgres' && h.db.url ? await openDatabase({ url: h.db.url }) : h.db
    pair = { h, other: appWith(h, { db }), close: async () => { if (db !== h.db) await db.close() } }
    await setup?.(h)
  })
  afterAll(async () => {
    await pair?.close()
    await pair?.h.close()
  })
  const opened = () => {
    if (!pair) throw new Error('raceInstances: read in a test or a hook, after beforeAll has run')
    return pair
  }
  return {
    get h() { return opened().h },
    get other() { return opened().other },
  }
}
