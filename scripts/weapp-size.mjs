// Prints the weapp build's main-package and subpackage sizes; with --max-main-kb N fails when the
// main package (everything outside the subpackage roots listed in app.json) exceeds N KiB.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const dist = new URL('../apps/miniapp/dist/weapp/', import.meta.url).pathname
const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8'))
const subRoots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/$/, ''))

function size(dir) {
  let total = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    total += e.isDirectory() ? size(p) : statSync(p).size
  }
  return total
}

const total = size(dist)
const subs = Object.fromEntries(subRoots.map((r) => [r, size(join(dist, r))]))
const main = total - Object.values(subs).reduce((a, b) => a + b, 0)
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`
console.log(`weapp main package: ${kb(main)}`)
for (const [r, s] of Object.entries(subs)) console.log(`weapp subpackage ${r}: ${kb(s)}`)
console.log(`weapp total: ${kb(total)}`)
const i = process.argv.indexOf('--max-main-kb')
if (i > 0 && main > Number(process.argv[i + 1]) * 1024) {
  console.error(`main package ${kb(main)} exceeds ${process.argv[i + 1]} KiB`)
  process.exit(1)
}
