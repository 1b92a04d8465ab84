/**
 * Lighthouse (mobile: Moto G Power viewport, simulated 4G and 4× CPU slowdown) against the built H5 app served by
 * the real BFF in demo mode, for the pages a visitor opens first: 首页 and 岗位.
 *
 *   npm run bench:lighthouse -w @zhilian/test            (builds the H5 app first if its sources changed)
 *   npm run bench:lighthouse -w @zhilian/test -- --no-build   (measures dist/h5 as it is)
 *   LIGHTHOUSE_RUNS=5 LIGHTHOUSE_PORT=4180 CHROMIUM_PATH=/usr/bin/chromium npm run bench:lighthouse -w @zhilian/test
 *   LIGHTHOUSE_FILES=1 …   also lists each first-view file with its gzip size (what to cut next)
 *   LIGHTHOUSE_JSON=<dir> …  also writes each run's full report (<dir>/<page>-<run>.json) and prints its main-thread
 *                            breakdown and the scripts that took longest (what runs before the first paint)
 *
 * Prints, per page, the median of LIGHTHOUSE_RUNS runs (default 3): performance and accessibility scores,
 * TBT, LCP, main-thread work (Lighthouse's figure, ×4 for its simulated CPU, and in brackets what this machine
 * observed), the main thread's CPU time in its tasks and its share of their wall time (the rest is waiting for a
 * core on a loaded machine) with blocking time counted from the tasks' wall and CPU times (./lib/main-thread-cpu.ts),
 * and the first view's size: every script, stylesheet and document the page loaded, as gzip -9 bytes of the built files
 * (../lib/first-view.ts).
 * Goals (issue 16): performance ≥ 90, TBT ≤ 200 ms, accessibility ≥ 95, first view ≤ 120 KiB gz.
 * Needs Debian's chromium and a CJK font: apt-get install -y chromium fonts-wqy-microhei.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { buildH5, h5Stale } from '../../scripts/h5-build'
import { firstView } from '../lib/first-view'
import { breakdown } from './lib/lighthouse-breakdown'
import { mainThreadCpu } from './lib/main-thread-cpu'
import { startPlatform } from '../lib/platform'

const PAGES = [
  { name: '首页 home', file: 'home', hash: '#/pages/home/index' },
  { name: '岗位 jobs', file: 'jobs', hash: '#/pages/jobs/index' },
]
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3)
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const jsonDir = process.env.LIGHTHOUSE_JSON
if (jsonDir) mkdirSync(jsonDir, { recursive: true })

interface Run {
  performance: number; accessibility: number; tbt: number; lcp: number; mainThread: number; observedMainThread: number
  cpuMs: number; cpuShare: number; blockingWall: number; blockingCpu: number; firstViewGz: number; files: number; list: string[]
}
interface NetworkItem { url: string; resourceType?: string }

// Printed once, from the first report: the CPU slowdown Lighthouse applied and how fast it judged this machine.
let throttling = ''
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function audit(url: string, port: number, base: string, save: string): Promise<Run> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] })
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { lhr, artifacts } = result
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
  if (jsonDir) {
    writeFileSync(join(jsonDir, `${save}.json`), JSON.stringify(lhr))
    console.log(`${save}:\n${breakdown(lhr, base).join('\n')}`)
  }
  const items = ((lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ?? [])
  const fv = firstView(items.filter((i) => ['Script', 'Stylesheet', 'Document'].includes(i.resourceType ?? '')).map((i) => i.url), base)
  // Lighthouse reports main-thread work multiplied by its simulated CPU slowdown; the observed time is what this
  // machine spent, the figure to compare across load averages.
  const mainThread = lhr.audits['mainthread-work-breakdown']?.numericValue ?? NaN
  const slowdown = lhr.configSettings.throttlingMethod === 'simulate' ? lhr.configSettings.throttling.cpuSlowdownMultiplier : 1
  const cpu = mainThreadCpu(artifacts.Trace.traceEvents, slowdown)
  if (!throttling) {
    throttling = `Lighthouse CPU throttling ${slowdown}× (${lhr.configSettings.throttlingMethod}, benchmarkIndex ${Math.round(lhr.environment.benchmarkIndex)})`
    console.log(throttling)
  }
  // Failing accessibility audits, listed with the files: what to fix next.
  const a11yIds = (lhr.categories.accessibility?.auditRefs ?? []).map((r) => r.id)
  for (const id of a11yIds) if (lhr.audits[id]?.score === 0) fv.list.push(`a11y fails: ${id}`)
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    tbt: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
    lcp: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
    mainThread: Math.round(mainThread),
    observedMainThread: Math.round(mainThread / slowdown),
    cpuMs: Math.round(cpu.cpuMs),
    cpuShare: Math.round((100 * cpu.cpuMs) / cpu.wallMs),
    blockingWall: Math.round(cpu.blockingWallMs),
    blockingCpu: Math.round(cpu.blockingCpuMs),
    firstViewGz: fv.bytes,
    files: fv.files,
    list: fv.list,
  }
}

// --no-build measures dist/h5 as it is (e.g. a build made from another commit, for a before/after figure).
if (!process.argv.includes('--no-build') && h5Stale()) buildH5('[bench]')
// A loaded shared machine can take minutes to seed the demo database: wait up to 10 min for the platform.
const platform = await startPlatform(process.env.LIGHTHOUSE_PORT ? { PORT: process.env.LIGHTHOUSE_PORT } : {})
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
try {
  // One unmeasured API call warms the BFF's first queries; each Lighthouse run still starts with a cold browser cache.
  await fetch(`${platform.url}/api/jobs?limit=20`)
  // The machine is shared: the load average beside the figures says how much to trust absolute TBT and LCP.
  const load = () => loadavg().map((l) => l.toFixed(1)).join(' ')
  console.log(`Lighthouse ${RUNS}× per page, mobile preset, ${platform.url} (median of runs), ${cpus().length} cores`)
  console.log('page        perf  a11y   TBT ms   LCP ms  main-thread ms (observed)  CPU ms (%)  blocking wall→CPU ms  first view gz (files)  load avg 1/5/15 min')
  for (const page of PAGES) {
    const runs: Run[] = []
    for (let i = 0; i < RUNS; i++) runs.push(await audit(`${platform.url}/${page.hash}`, chrome.port, platform.url, `${page.file}-${i + 1}`))
    const m = (k: Exclude<keyof Run, 'list'>) => median(runs.map((r) => r[k]))
    console.log(
      [
        page.name.padEnd(10),
        String(m('performance')).padStart(5),
        String(m('accessibility')).padStart(5),
        String(m('tbt')).padStart(8),
        String(m('lcp')).padStart(8),
        `${m('mainThread')} (${m('observedMainThread')})`.padStart(26),
        `${m('cpuMs')} (${m('cpuShare')})`.padStart(11),
        `${m('blockingWall')} → ${m('blockingCpu')}`.padStart(21),
        `${(m('firstViewGz') / 1024).toFixed(1)} KiB (${m('files')})`.padStart(22),
        load(),
      ].join(' '),
    )
    if (process.env.LIGHTHOUSE_FILES) console.log(runs[0]!.list.join('\n'))
  }
} finally {
  await chrome.kill()
  await platform.stop()
}
