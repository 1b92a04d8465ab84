/**
 * `npm run backup [-- <file>]`: one SQL file holding the whole database (DATABASE_URL, or the embedded folder,
 * which must not be open in a running server), by default data/backups/zhilian-<time>.sql.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { backup } from '../backup'
import { dataDirFromEnv, targetFromEnv } from '../env'

const given = process.argv.slice(2).find((a) => !a.startsWith('-'))
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const file = path.resolve(given ?? path.join(dataDirFromEnv(), 'backups', `zhilian-${stamp}.sql`))
mkdirSync(path.dirname(file), { recursive: true })
try {
  const summary = await backup(targetFromEnv(), file)
  console.log(`备份完成 / backup written: ${file}`)
  console.log(`${summary.migrations} migrations, ${summary.tables} tables, ${summary.rows} rows. Restore: npm run restore -- ${file}`)
} catch (error) {
  console.error(`备份失败 / backup failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
