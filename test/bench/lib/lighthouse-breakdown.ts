/**
 * What a Lighthouse run says the main thread did, in lines for the Lighthouse benchmark (LIGHTHOUSE_JSON=<dir>):
 * the work by category, the scripts that cost most, and the long tasks with their start — what to cut next.
 * Times are Lighthouse's (its simulated 4× slower CPU); divide by 4 for what this machine spent.
 */
import type { Result } from 'lighthouse'

interface Item { [key: string]: unknown }
const items = (lhr: Result, id: string): Item[] => ((lhr.audits[id]?.details as { items?: Item[] } | undefined)?.items ?? [])
const ms = (v: unknown) => `${Math.round(Number(v))}`
const short = (url: unknown, base: string) => String(url).replace(base, '')

export function breakdown(lhr: Result, base: string): string[] {
  const work = items(lhr, 'mainthread-work-breakdown').map((i) => `${i.groupLabel ?? i.group} ${ms(i.duration)}`)
  const scripts = items(lhr, 'bootup-time')
    .slice(0, 6)
    .map((i) => `  ${short(i.url, base)}: total ${ms(i.total)}, script ${ms(i.scripting)}, parse/compile ${ms(i.scriptParseCompile)}`)
  const longTasks = items(lhr, 'long-tasks').map((i) => `${ms(i.duration)}@${ms(i.startTime)} ${short(i.url, base)}`)
  const fcp = ms(lhr.audits['first-contentful-paint']?.numericValue)
  return [`main thread (ms): ${work.join(', ')}`, 'scripts by main-thread time (ms):', ...scripts, `FCP ${fcp} ms; long tasks (ms@start): ${longTasks.join('; ') || 'none'}`]
}
