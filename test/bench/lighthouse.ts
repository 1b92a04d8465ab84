/**
 * Lighthouse (mobile: Moto G Power viewport, simulated 4G and 4× CPU slowdown) against the built H5 app served by
 * the real BFF in demo mode, for the pages a visitor opens first: 首页 and 岗位.
 *
 *   npm run bench:lighthouse -w @zhilian/test            (builds the H5 app first if its sources changed)
 *   npm run bench:lighthouse -w @zhilian/test -- --no-build   (measures dist/h5 as it is)
 *   LIGHTHOUSE_RUNS=5 LIGHTHOUSE_PORT=4180 CHROMIUM_PATH=/usr/bin/chromium npm run bench:lighthouse -w @zhilian/test
 *   LIGHTHOUSE_FILES=1 …   also lists each first-view file with its gzip size (what to cut next)
 *
 * Prints, per page, the median of LIGHTHOUSE_RUNS runs (default 3): performance and accessibility scores,
 * TBT, LCP, and the first view's size — every script, stylesheet and document the page loaded, as gzip -9
 * bytes of the built files (what a gzip-only client downloads; brotli clients get less).
 * Goals (issue 16): performance ≥ 90, TBT ≤ 200 ms, accessibility ≥ 95, first view ≤ 120 KiB gz.
 * Needs Debian's chromium and a CJK font: apt-get install -y chromium fonts-wqy-microhei.
 */
import { existsSync, readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { buildH5, h5Dist, h5Stale } from '../../scripts/h5-build'
import { startPlatform } from '../lib/platform'

const PAGES = [
  { name: '首页 home', hash: '#/pages/home/index' },
  { name: '岗位 jobs', hash: '#/pages/jobs/index' },
]
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3)
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

interface Run { performance: number; accessibility: number; tbt: number; lcp: number; firstViewGz: number; files: number; list: string[] }
interface NetworkItem { url: string; resourceType?: string }

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/** gzip -9 size of the built file behind each script, stylesheet and document URL the page fetched. */
function firstView(items: NetworkItem[], base: string): { bytes: number; files: number; list: string[] } {
  const paths = new Set(
    items
      .filter((i) => i.url.startsWith(base) && ['Script', 'Stylesheet', 'Document'].includes(i.resourceType ?? ''))
      .map((i) => new URL(i.url).pathname)
      .map((p) => (p === '/' ? '/index.html' : p)),
  )
  let bytes = 0
  const list: string[] = []
  for (const p of paths) {
    const file = join(h5Dist, p)
    if (!existsSync(file)) continue
    const gz = gzipSync(readFileSync(file), { level: 9 }).length
    bytes += gz
    list.push(`${(gz / 1024).toFixed(1).padStart(6)} KiB  ${p}`)
  }
  return { bytes, files: paths.size, list: list.sort().reverse() }
}

async function audit(url: string, port: number, base: string): Promise<Run> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] })
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { lhr } = result
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
  const items = ((lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ?? [])
  const fv = firstView(items, base)
  // Failing accessibility audits, listed with the files: what to fix next.
  const a11yIds = (lhr.categories.accessibility?.auditRefs ?? []).map((r) => r.id)
  for (const id of a11yIds) if (lhr.audits[id]?.score === 0) fv.list.push(`a11y fails: ${id}`)
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    tbt: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
    lcp: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
    firstViewGz: fv.bytes,
    files: fv.files,
    list: fv.list,
  }
}

// --no-build measures dist/h5 as it is (e.g. a build made from another commit, for a before/after figure).
if (!process.argv.includes('--no-build') && h5Stale()) buildH5('[bench]')
// A loaded shared machine can take minutes to seed the demo database: wait up to 10 min for the platform.
const platform = await startPlatform(process.env.LIGHTHOUSE_PORT ? { PORT: process.env.LIGHTHOUSE_PORT } : {}, 600_000)
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
try {
  // One unmeasured API call warms the BFF's first queries; each Lighthouse run still starts with a cold browser cache.
  await fetch(`${platform.url}/api/jobs?limit=20`)
  // The machine is shared: the load average beside the figures says how much to trust absolute TBT and LCP.
  const load = () => loadavg().map((l) => l.toFixed(1)).join(' ')
  console.log(`Lighthouse ${RUNS}× per page, mobile preset, ${platform.url} (median of runs), ${cpus().length} cores`)
  console.log('page        perf  a11y   TBT ms   LCP ms  first view gz (files)   load avg 1/5/15 min')
  for (const page of PAGES) {
    const runs: Run[] = []
    for (let i = 0; i < RUNS; i++) runs.push(await audit(`${platform.url}/${page.hash}`, chrome.port, platform.url))
    const m = (k: Exclude<keyof Run, 'list'>) => median(runs.map((r) => r[k]))
    console.log(
      `${page.name.padEnd(10)} ${String(m('performance')).padStart(5)} ${String(m('accessibility')).padStart(5)} ${String(m('tbt')).padStart(8)} ${String(m('lcp')).padStart(8)}  ${(m('firstViewGz') / 1024).toFixed(1)} KiB (${m('files')})`.padEnd(62) + `  ${load()}`,
    )
    if (process.env.LIGHTHOUSE_FILES) console.log(runs[0]!.list.join('\n'))
  }
} finally {
  await chrome.kill()
  await platform.stop()
}
