/** `npm run migrate:create -w @zhilian/db -- <name>`: a new migration from schema.prisma's changes. */
import { createMigration } from '../migrate'

const name = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? 'migration'
const folder = await createMigration(name)
console.log(folder ? `created prisma/migrations/${folder}/migration.sql` : 'schema.prisma matches the migrations; nothing to create')
