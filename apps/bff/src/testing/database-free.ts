/**
 * Test files of the `bff` project that never open a database: the workbook reader and writer, pure rules, the
 * logger, the WeChat client. `.ci/run`'s PostgreSQL run (`DATABASE_URL` set) leaves them out — on PostgreSQL they
 * would run the very code they ran on PGlite in `npm test` — so the list may only name files that `opensDatabase`
 * clears (database-free.test.ts). A file left off the list only runs twice.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

export const DATABASE_FREE_TESTS = [
  'src/env.test.ts',
  'src/excel/cells.test.ts',
  'src/excel/hostile-gnumeric-live.test.ts',
  'src/excel/hostile-live.test.ts',
  'src/excel/other-writers.test.ts',
  'src/excel/parse-issues.test.ts',
  'src/excel/parse-refusals.test.ts',
  'src/excel/parse-tolerance.test.ts',
  'src/excel/re-saved-live.test.ts',
  'src/excel/roundtrip.test.ts',
  'src/excel/template.test.ts',
  'src/excel/written-elsewhere.test.ts',
  'src/excel/zip-size.test.ts',
  'src/lib/auth/jwt-hs256.test.ts',
  'src/lib/beijing-time.test.ts',
  'src/lib/client-error.test.ts',
  'src/lib/logger.test.ts',
  'src/lib/secrets.test.ts',
  'src/lib/wechat/wechat.test.ts',
  'src/review/fraud-rules.test.ts',
  'src/routes/imports/chain-workbook.test.ts',
]

/** Imports that lead to a database: the database package itself (its client, test copies, factories) and the harness. */
const DATABASE_IMPORT = /^@zhilian\/db(\/|$)|testing\/harness|pglite|^pg$/

/**
 * Whether a file, or any file of this repository it imports (relative imports, followed to the end), imports the
 * database package or the harness. Conservative: importing `@zhilian/db` for a type counts as opening one.
 */
export function opensDatabase(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false
  seen.add(file)
  const source = readFileSync(file, 'utf8')
  const specifiers = [...source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!)
  return specifiers.some((s) => {
    if (DATABASE_IMPORT.test(s)) return true
    if (!s.startsWith('.')) return false
    const base = path.resolve(path.dirname(file), s)
    const found = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((c) => existsSync(c) && statSync(c).isFile())
    return found !== undefined && opensDatabase(found, seen)
  })
}
