/**
 * One migrated and seeded data folder per run for the Chromium suites (decision 090). A platform start on a fresh
 * folder migrates and seeds the demo data (about 16 s of CPU, up to a minute of wall on a busy two-core machine); a
 * start on a seeded folder about 5 s of CPU. startPlatform copies the folder named by PLATFORM_TEMPLATE_DIR, so each
 * test file still gets its own database, seeded today, in its own folder.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startPlatform } from './platform'

/** Starts the demo platform once on `dir` (migrations, seed), then stops it; throws unless it stopped cleanly. */
export async function makeSeededTemplate(dir: string): Promise<void> {
  const platform = await startPlatform({ DATA_DIR: dir })
  // A killed server could leave the folder mid-write; a copy of that would start every file on a damaged database.
  if (!(await platform.stop())) throw new Error(`the template platform did not stop cleanly:\n${platform.logs()}`)
}

/** vitest's global setup: makes the template unless the caller (.ci/run, for both lanes) already made one. */
export default async function setup() {
  if (process.env.PLATFORM_TEMPLATE_DIR) return
  const dir = mkdtempSync(join(tmpdir(), 'zl-template-'))
  await makeSeededTemplate(dir)
  process.env.PLATFORM_TEMPLATE_DIR = dir
  return () => rmSync(dir, { recursive: true, force: true })
}
