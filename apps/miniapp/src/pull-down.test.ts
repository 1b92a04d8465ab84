import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

// __dirname, not import.meta.url: jsdom mode turns the latter into a web URL.
const root = __dirname
const HOOK = /\b(usePullDown|usePagedPage|usePullDownRefresh)\(/

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))

/** Whether the module, or a page or component module it imports (relative imports), calls one of the hooks. */
function wiresPullDown(file: string, read: (file: string) => string = (f) => readFileSync(f, 'utf8'), seen = new Set<string>()): boolean {
  // lib/ holds the hooks themselves (usePagedPage calls usePullDown): importing one is not calling it.
  if (seen.has(file) || file.startsWith(join(root, 'lib'))) return false
  seen.add(file)
  let text: string
  try {
    text = read(file)
  } catch {
    return false
  }
  if (HOOK.test(text)) return true
  return [...text.matchAll(/from '(\.[^']+)'/g)].some(([, spec]) =>
    ['.tsx', '.ts', '/index.tsx'].some((ext) => wiresPullDown(join(dirname(file), spec!) + ext, read, seen)),
  )
}

/** Pages whose config turns pull-down refresh on, by their .tsx. */
const pulledPages = walk(root)
  .filter((f) => f.endsWith('.config.ts') && !f.endsWith('app.config.ts') && /enablePullDownRefresh:\s*true/.test(readFileSync(f, 'utf8')))
  .map((f) => f.replace(/\.config\.ts$/, '.tsx'))

// A page that turns pull-down on without a handler never calls stopPullDownRefresh: WeChat's spinner stays on the
// page after a pull, and a form (编辑岗位) is one a newcomer pulls while scrolling up to its first field.
describe('pull-down refresh', () => {
  it('is wired on every page that turns it on', () => {
    expect(pulledPages.length).toBeGreaterThan(20)
    expect(pulledPages.filter((p) => !wiresPullDown(p)).map((p) => relative(root, p))).toEqual([])
  })

  it('fails for the job form as it was: pull-down on, no handler', () => {
    const form = join(root, 'pkg-enterprise/job-edit/index.tsx')
    expect(wiresPullDown(form)).toBe(false)
  })

  it('notices a page whose handler is gone, and finds one in a component the page imports', () => {
    const inbox = join(root, 'pages/inbox/index.tsx')
    expect(pulledPages).toContain(inbox)
    expect(wiresPullDown(inbox, (f) => readFileSync(f, 'utf8').replace('usePagedPage(fetchInbox)', 'useInbox()'))).toBe(false)
    // 岗位's page wires it in JobList, which it imports.
    const jobs = join(root, 'pages/jobs/index.tsx')
    expect(HOOK.test(readFileSync(jobs, 'utf8'))).toBe(false)
    expect(wiresPullDown(jobs)).toBe(true)
  })
})
