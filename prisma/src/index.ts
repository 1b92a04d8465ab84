// @zhilian/db: the Prisma client (models, enums, the Prisma namespace), the ways to open a database,
// migrations, password hashing and the demo data. Factories and the test database are imported
// from '@zhilian/db/factories' and '@zhilian/db/test-db'.
export * from '../generated/client/client'
export { openDatabase, isPostgresUrl, type DbHandle, type OpenDatabaseOptions } from './client'
export type { HotSql } from './hot-sql'
export { applyMigrations, createMigration, resetDatabase, type MigrationTarget } from './migrate'
export { hashPassword, verifyPassword } from './password'
export { seedDemo, DEMO_ACCOUNTS, DEMO_PASSWORD, shanghaiMidnight, type DemoAccount, type SeedSummary, type SeedOptions } from './seed/index'
