/**
 * `npm start`: the one command a new user runs after installing.
 * Builds the H5 app when its build is missing or older than its sources, then starts the BFF,
 * which applies migrations to the embedded database, seeds demo data on first run, and serves
 * the API (/api) and the H5 app (/) on one port.
 * It asks for demo mode (docs/decisions/012): on a developer's machine, with the embedded database and no
 * NODE_ENV=production, the BFF then signs demo roles in and listens on 127.0.0.1 only. DEMO_MODE=false, a
 * DATABASE_URL or a public HOST turn it off.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const builtIndex = join(root, 'apps/miniapp/dist/h5/index.html')
const sources = ['apps/miniapp/src', 'apps/miniapp/config', 'packages/shared/src'].map((p) => join(root, p))

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

const stale = !existsSync(builtIndex) || sources.some((dir) => existsSync(dir) && newestMtime(dir) > statSync(builtIndex).mtimeMs)
if (stale) {
  console.log('[start] 正在构建 H5 应用（首次约需 30 秒）… building the H5 app')
  const build = spawnSync('npm', ['run', 'build:h5', '-w', '@zhilian/miniapp'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) {
    console.error('[start] H5 build failed; see the output above.')
    process.exit(build.status ?? 1)
  }
}

const { run } = await import('../apps/bff/src/run.ts')
await run({ demoMode: true })
