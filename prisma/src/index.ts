// @zhilian/db: the Prisma client (models, enums, the Prisma namespace) and the ways to open a database.
export * from '../generated/client/client'
export { openDatabase, isPostgresUrl, type DbHandle, type OpenDatabaseOptions } from './client'
export { applyMigrations, createMigration, resetDatabase, type MigrationTarget } from './migrate'
