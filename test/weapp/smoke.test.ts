/**
 * apps/miniapp/scripts/weapp-smoke.cjs, the quick check that the built bundle boots in plain Node and renders
 * home from a BFF, run against the suite's BFF: it must exit 0 and say what it rendered.
 */
import { execFile } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { expect, inject, test } from 'vitest'

const script = join(dirname(fileURLToPath(import.meta.url)), '../../apps/miniapp/scripts/weapp-smoke.cjs')

test('the weapp smoke script boots the built home page against the BFF', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [script, inject('bff')], { timeout: 60_000 })
  expect(stdout).toMatch(/weapp smoke: ok — home rendered \d+ chains/)
})
