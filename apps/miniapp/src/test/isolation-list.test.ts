import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NEEDS_ISOLATION } from '../../vitest.project'

/**
 * Decision 103: the `miniapp` project shares one module graph per worker, so a test file that replaces a module with
 * `vi.mock` reaches every later file of its worker. Such a file belongs in NEEDS_ISOLATION (the `miniapp-isolated`
 * project); this keeps a new one from joining the shared project unnoticed.
 */
// __dirname, not import.meta.url: jsdom mode turns the latter into a web URL.
const root = join(__dirname, '../..')

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : /\.test\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [])
}

describe('the mini-program files that need their own module graph', () => {
  it('lists every test file that mocks a module', () => {
    const mocking = testFiles(join(root, 'src'))
      .filter((f) => /\bvi\.mock\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f).split('\\').join('/'))
    expect(mocking.length).toBeGreaterThan(0)
    expect(mocking.filter((f) => !NEEDS_ISOLATION.includes(f))).toEqual([])
  })
})
