/**
 * `npm run restore -- <file>`: loads a backup into an empty target (DATABASE_URL, or the embedded folder, which
 * must not exist or be empty), then applies any newer migration.
 */
import path from 'node:path'
import { restore } from '../backup'
import { targetFromEnv } from '../env'

const file = process.argv.slice(2).find((a) => !a.startsWith('-'))
if (!file) {
  console.error('用法 / usage: npm run restore -- <backup file>')
  process.exit(1)
}
try {
  const target = targetFromEnv()
  const { applied } = await restore(target, path.resolve(file))
  console.log(`恢复完成 / restored into ${target.url ? 'DATABASE_URL' : target.dataDir}${applied.length ? `; then applied ${applied.join(', ')}` : ''}`)
} catch (error) {
  console.error(`恢复失败 / restore failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
