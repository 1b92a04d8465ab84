/**
 * The built mini-program (apps/miniapp/dist/weapp) as the simulated runtime loads it: a copy in a temp folder
 * marked CommonJS (the bundle is CommonJS, but apps/miniapp is "type": "module"), and its app.json read as
 * the page table WeChat itself uses.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

// Not test/lib/platform.ts's repoRoot: under jsdom vitest rewrites `new URL(…, import.meta.url)` into a web URL.
export const weappDist = join(dirname(fileURLToPath(import.meta.url)), '../../../apps/miniapp/dist/weapp')

export interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  tabBar?: { list: { pagePath: string; text: string }[] }
}

export interface WeappBuild {
  /** The copy the runtime requires from. */
  dir: string
  app: AppJson
  /** Every page route, main package first, as WeChat resolves them (no leading slash). */
  pages: string[]
  tabs: { pagePath: string; text: string }[]
}

let build: WeappBuild | undefined

/** One copy per test process, removed when the process exits. */
export function weappBuild(): WeappBuild {
  if (build) return build
  if (!existsSync(join(weappDist, 'app.json'))) throw new Error(`no weapp build in ${weappDist}: run npm run build:weapp first`)
  const dir = mkdtempSync(join(tmpdir(), 'zl-weapp-'))
  cpSync(weappDist, dir, { recursive: true })
  writeFileSync(join(dir, 'package.json'), '{"type":"commonjs"}')
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  const app = JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8')) as AppJson
  const pages = [...app.pages, ...(app.subPackages ?? []).flatMap((pkg) => pkg.pages.map((page) => `${pkg.root}/${page}`))]
  build = { dir, app, pages, tabs: app.tabBar?.list ?? [] }
  return build
}
