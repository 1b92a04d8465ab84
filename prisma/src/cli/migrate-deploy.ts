/** `npm run migrate:deploy -w @zhilian/db`: apply pending migrations to DATABASE_URL or the embedded data folder. */
import { targetFromEnv } from '../env'
import { applyMigrations, type MigrationTarget } from '../migrate'

const { url, dataDir } = targetFromEnv()
const target: MigrationTarget = url ? { url } : { dataDir: dataDir! }
const applied = await applyMigrations(target)
console.log(applied.length ? `applied ${applied.join(', ')}` : 'no pending migrations')
