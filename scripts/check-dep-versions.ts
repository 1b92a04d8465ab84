// One version range per dependency across the workspaces (issue 14): a package declared in two workspaces with
// different ranges is how two copies of zod end up in one bundle. Prints each disagreement; exits 1 if any.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

type Manifest = { name: string; workspaces?: string[]; dependencies?: Record<string, string>; devDependencies?: Record<string, string> }

const root = join(import.meta.dirname, '..')
const read = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
const rootManifest = read(root)
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { name?: string }> }
// The lock file names every workspace folder; reading it avoids expanding the globs by hand.
const workspaceDirs = Object.entries(lock.packages)
  .filter(([path, entry]) => path !== '' && !path.includes('node_modules') && entry.name)
  .map(([path]) => path)

const ranges = new Map<string, Map<string, string[]>>()
for (const dir of ['', ...workspaceDirs]) {
  const manifest = dir === '' ? rootManifest : read(join(root, dir))
  for (const deps of [manifest.dependencies, manifest.devDependencies]) {
    for (const [name, range] of Object.entries(deps ?? {})) {
      if (range === '*') continue // a workspace package
      const byRange = ranges.get(name) ?? new Map<string, string[]>()
      byRange.set(range, [...(byRange.get(range) ?? []), manifest.name])
      ranges.set(name, byRange)
    }
  }
}

const disagreements = [...ranges].filter(([, byRange]) => byRange.size > 1)
for (const [name, byRange] of disagreements) {
  console.error(`${name}: ${[...byRange].map(([range, who]) => `${range} in ${who.join(', ')}`).join('; ')}`)
}
console.log(`${ranges.size} dependencies, ${disagreements.length} with more than one version range`)
process.exit(disagreements.length ? 1 : 0)
