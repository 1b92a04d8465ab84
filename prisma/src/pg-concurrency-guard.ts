/**
 * Vitest setup for the db and bff projects (decision 070): the warning node-postgres prints when a query is asked of
 * a connection that is busy with others (deprecated in pg 8, removed in pg@9) fails the test it was printed during, so
 * a new source of it (statements of one transaction sent side by side, a raw `pg.Client` used the same way) cannot
 * slip back in as a line in the log. Only PostgreSQL runs can print it; PGlite has no node-postgres connection.
 *
 * The warning has no deprecation code to scope `--throw-deprecation` to, and that flag would throw inside
 * node-postgres's `query()` and fail for every other deprecation too, so the warning is matched by its text. Node
 * prints a deprecation once per process: the first test to cause it in a worker fails, which fails the run.
 */
import { afterAll, afterEach, beforeAll } from 'vitest'

const CONCURRENT_QUERY_WARNING = 'Calling client.query() when the client is already executing a query'

const seen: Error[] = []
const onWarning = (warning: Error) => {
  if (warning.name === 'DeprecationWarning' && warning.message.startsWith(CONCURRENT_QUERY_WARNING)) seen.push(warning)
}

beforeAll(() => {
  // --no-deprecation would silence the warning and with it this guard.
  if (process.noDeprecation) throw new Error('pg-concurrency-guard: deprecation warnings are off (--no-deprecation), so this guard cannot see them')
  process.on('warning', onWarning)
})
afterAll(() => {
  process.off('warning', onWarning)
})
afterEach(() => {
  const warning = seen.splice(0)[0]
  if (warning) {
    throw new Error(
      'node-postgres was asked for a query while its connection was busy with others: open the pool with SerialClient ' +
        `(@zhilian/db/serial-client, decision 070) or send the statements one after another.\n${warning.stack ?? warning.message}`,
    )
  }
})
