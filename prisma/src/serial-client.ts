/**
 * A `pg.Client` that sends its queries one at a time (decision 070). node-postgres 8 keeps a queue per connection for
 * a query asked for while another runs, warns that this is deprecated, and pg@9 removes it. One connection runs one
 * statement at a time anyway, so a caller gains nothing from asking early, yet two callers do: Prisma's query
 * interpreter reads the relations of a nested `select` side by side, and inside an interactive transaction those
 * reads share the transaction's one connection. Here each query starts once the one before it on this connection has
 * settled, the order node-postgres's queue kept, without the queue.
 *
 * A query given as a `Submittable` (a cursor, a stream) is passed straight on: it hands back its own object at once,
 * which no promise can stand for. This code base sends none.
 */
import pg from 'pg'

type Callback = (err: Error | null, result?: unknown) => void
const clientQuery = pg.Client.prototype.query as (this: pg.Client, ...args: unknown[]) => Promise<unknown>

export class SerialClient extends pg.Client {
  /** Settles when the last query asked for has; never rejects. */
  #idle: Promise<unknown> = Promise.resolve()

  static {
    // Assigned rather than declared: a method declared here would replace @types/pg's overloads of `query` with one.
    SerialClient.prototype.query = function query(this: SerialClient, ...args: unknown[]) {
      if (typeof (args[0] as { submit?: unknown } | undefined)?.submit === 'function') return clientQuery.apply(this, args)
      const callback = typeof args.at(-1) === 'function' ? (args.pop() as Callback) : undefined
      const result = this.#idle.then(() => clientQuery.apply(this, args))
      this.#idle = result.catch(() => undefined)
      if (!callback) return result
      result.then((r) => callback(null, r), (e: Error) => callback(e))
      return undefined
    } as pg.Client['query']
  }
}
