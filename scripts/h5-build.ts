/**
 * The H5 build as `npm start` and the Lighthouse benchmark run it: only when the built index.html is missing or
 * older than a source file, with webpack's output captured (its progress redraws, repeated size warnings and
 * Taro's cache tips would bury everything else) and shown only if the build fails.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = fileURLToPath(new URL('..', import.meta.url))
export const h5Dist = join(repoRoot, 'apps/miniapp/dist/h5')
const builtIndex = join(h5Dist, 'index.html')
const sources = ['apps/miniapp/src', 'apps/miniapp/config', 'apps/miniapp/scripts', 'packages/shared/src'].map((p) => join(repoRoot, p))

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

export function h5Stale(): boolean {
  return !existsSync(builtIndex) || sources.some((dir) => existsSync(dir) && newestMtime(dir) > statSync(builtIndex).mtimeMs)
}

/** Builds the H5 app; prints one line before and one after with the measured time. Exits the process on failure. */
export function buildH5(tag = '[start]') {
  console.log(`${tag} 正在构建 H5 应用，通常需要 1–2 分钟，完成前不再输出… building the H5 app (1–2 min)`)
  const started = Date.now()
  const build = spawnSync('npm', ['run', 'build:h5', '-w', '@zhilian/miniapp'], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const seconds = Math.round((Date.now() - started) / 1000)
  if (build.status !== 0) {
    process.stdout.write(build.stdout ?? '')
    process.stderr.write(build.stderr ?? '')
    console.error(`${tag} H5 构建失败（${seconds} 秒），见上方输出。 H5 build failed after ${seconds} s; see the output above.`)
    process.exit(build.status ?? 1)
  }
  console.log(`${tag} H5 构建完成，用时 ${seconds} 秒。 H5 app built in ${seconds} s`)
}
