/**
 * A process-level cache slot per database: the reference and supply caches (decision 038) are keyed by fingerprints
 * of table contents, and two databases in one process — two apps in a test worker, or the mini-program's warm BFF
 * child that builds a fresh database per test file (decision 109) — can hold the same fingerprint over different
 * rows (equal ids and versions written by factories, or a collision of the hash sums). Keyed by the database's own
 * client object (`c.var.db` or `c.var.hotSql`, one per app), an answer never crosses databases, and a closed
 * database's slot goes with its client.
 */
export interface PerDatabase<T> { get(db: object): T | undefined; set(db: object, value: T | undefined): void }

export function perDatabase<T extends object>(): PerDatabase<T> {
  const slots = new WeakMap<object, T>()
  return {
    get: (db) => slots.get(db),
    set: (db, value) => void (value === undefined ? slots.delete(db) : slots.set(db, value)),
  }
}
