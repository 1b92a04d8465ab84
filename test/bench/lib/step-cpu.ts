/**
 * CPU time spent on one step by a process (all its threads) and by the PostgreSQL backends serving the
 * database, read from /proc (cpuMicros): on this shared 2-core machine wall time mostly measures waiting for a core.
 */
import pg from 'pg'
import { cpuMicros } from './cpu'

const ms = (pid: number) => {
  try {
    return cpuMicros(pid) / 1000
  } catch {
    return 0 // the backend ended
  }
}

export async function cpuMeter(pid: number, databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const backends = async () => {
    const { rows } = await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()')
    return new Map(rows.map((r) => [r.pid, ms(r.pid)]))
  }
  return {
    /** Starts a step; the returned function answers its CPU milliseconds so far, of the process and of PostgreSQL. */
    async start() {
      const [own, db] = [ms(pid), await backends()]
      return async () => {
        let dbMs = 0
        for (const [backend, used] of await backends()) dbMs += used - (db.get(backend) ?? 0)
        return { bff: ms(pid) - own, db: dbMs }
      }
    },
    close: () => client.end(),
  }
}
