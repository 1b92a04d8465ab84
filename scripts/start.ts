/**
 * `npm start`: the one command a new user runs after installing.
 * Builds the H5 app when its build is missing or older than its sources (quietly: one line before, one after),
 * then starts the BFF, which applies migrations to the embedded database, seeds demo data on first run, and
 * serves the API (/api) and the H5 app (/) on one port, logging one line per request.
 * It asks for demo mode (docs/decisions/012): on a developer's machine, with the embedded database and no
 * NODE_ENV=production, the BFF then signs demo roles in and listens on 127.0.0.1 only. DEMO_MODE=false, a
 * DATABASE_URL or a public HOST turn it off.
 */
import { buildH5, h5Stale } from './h5-build'

if (h5Stale()) buildH5()

const { run } = await import('@zhilian/bff/run')
await run({ demoMode: true })
