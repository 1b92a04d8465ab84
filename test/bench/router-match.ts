// Route matching on the BFF's real route table (decision 031). Why SmartRouter cannot pick RegExpRouter (the
// positions where a static segment and a parameter are siblings), and what matching the hot paths costs on the
// trie the app uses against RegExpRouter on the largest part of the table it accepts (hot paths' routes first) —
// the gain a table without those siblings would bring. Alternating rounds in one run; prints median µs per match.
// Run: npm run bench:router -w @zhilian/test
import { createTestDb } from '@zhilian/db/test-db'
import { createApp } from '@zhilian/bff/app'
import { loadEnv } from '@zhilian/bff/env'
import { keysFor } from '@zhilian/bff/lib/secrets'
import { createWeChatClient } from '@zhilian/bff/lib/wechat/index'
import type { Router } from 'hono/router'
import { RegExpRouter } from 'hono/router/reg-exp-router'
import { TrieRouter } from 'hono/router/trie-router'
import pino from 'pino'
import { percentile } from './lib/stats'

const hot: [method: string, path: string][] = [
  ['POST', '/api/events/cm0event000000000000000/checkins'],
  ['POST', '/api/events/cm0event000000000000000/booths/mine/visits'],
  ['GET', '/api/jobs/cm0job00000000000000000'],
  ['GET', '/api/jobs'],
]
const rounds = 10
const perRound = 5_000

const db = await createTestDb()
const env = loadEnv({ NODE_ENV: 'test', WECHAT_APPID: 'wx-bench', WECHAT_SECRET: 'bench-secret' })
const app = createApp({ db, env, keys: keysFor(env).keys, wechat: createWeChatClient({ appid: 'wx-bench', secret: 'bench-secret', baseUrl: env.WECHAT_API_BASE }), logger: pino({ level: 'silent' }) })
await app.request('/api/health') // SmartRouter settles on its router at the first match
const routes = app.routes.map((r) => [r.method, r.path] as const)
console.log(`${routes.length} route entries; SmartRouter chose ${app.router.name}`)

// A static segment and a parameter under the same parent: RegExpRouter's trie refuses the pair (hono 4.13).
const next = new Map<string, Set<string>>()
for (const [, path] of routes) {
  const segments = path.split('/')
  for (let i = 1; i < segments.length; i++) {
    const parent = `${segments.slice(0, i).map((s) => (s.startsWith(':') ? ':param' : s)).join('/')}/`
    next.set(parent, (next.get(parent) ?? new Set()).add(segments[i]!.startsWith(':') ? ':param' : segments[i]!))
  }
}
const siblings = [...next].filter(([, kids]) => kids.has(':param') && kids.size > 1)
console.log(`${siblings.length} positions with a static segment beside a parameter:`)
for (const [parent, kids] of siblings) console.log(`  ${parent}{${[...kids].join(', ')}}`)

function build(make: () => Router<number>, table: (readonly [string, string])[]) {
  const router = make()
  table.forEach(([method, path], i) => router.add(method, path, i))
  router.match('GET', '/') // builds RegExpRouter's matchers
  return router
}
const accepts = (table: (readonly [string, string])[]) => {
  try {
    build(() => new RegExpRouter(), table)
    return true
  } catch {
    return false
  }
}
const isHot = (route: readonly [string, string]) => {
  const alone = build(() => new TrieRouter(), [route])
  return hot.some(([method, path]) => alone.match(method, path)[0].length > 0)
}
const subset: (readonly [string, string])[] = []
for (const route of [...routes.filter(isHot), ...routes.filter((r) => !isHot(r))]) if (accepts([...subset, route])) subset.push(route)
console.log(`RegExpRouter accepts ${subset.length} of ${routes.length} entries (hot paths' routes first)`)

const contenders = {
  'trie, whole table (what the app uses)': build(() => new TrieRouter(), routes),
  'trie, accepted part': build(() => new TrieRouter(), subset),
  'RegExpRouter, accepted part': build(() => new RegExpRouter(), subset),
}
const time = (router: Router<number>, method: string, path: string) => {
  const started = process.hrtime.bigint()
  for (let i = 0; i < perRound; i++) router.match(method, path)
  return Number(process.hrtime.bigint() - started) / 1_000 / perRound
}
for (const [method, path] of hot) {
  const samples = new Map<string, number[]>(Object.keys(contenders).map((name) => [name, []]))
  for (const [, router] of Object.entries(contenders)) time(router, method, path) // warm every contender first
  for (let round = 0; round < rounds; round++) for (const [name, router] of Object.entries(contenders)) samples.get(name)!.push(time(router, method, path))
  console.log(`${method} ${path} (median µs per match, ${rounds} alternating rounds × ${perRound})`)
  for (const [name, router] of Object.entries(contenders)) {
    const median = percentile([...samples.get(name)!].sort((a, b) => a - b), 50)
    console.log(`  ${name.padEnd(40)} ${median.toFixed(2)} µs  (${router.match(method, path)[0].length} handlers)`)
  }
}
await db.close()
