/** `npm run migrate:reset -w @zhilian/db`: drop everything in the target, then apply every migration. */
import { targetFromEnv } from '../env'
import { resetDatabase, type MigrationTarget } from '../migrate'

const { url, dataDir } = targetFromEnv()
const target: MigrationTarget = url ? { url } : { dataDir: dataDir! }
const applied = await resetDatabase(target)
console.log(`reset; applied ${applied.join(', ') || 'nothing'}`)
