// Aggregate error classes of the top k per split (no per-job output).
import { readFileSync } from 'node:fs'
import { majorByCode } from '../src/reference'
import { evaluate, parseJobEvalSet } from '../src/rules/job-eval'
import { rankMajorsForJob } from '../src/rules/match-text'
const set = parseJobEvalSet(readFileSync(new URL('../data/eval/jobs.csv', import.meta.url), 'utf8'))
const unjudged = new Set(readFileSync(new URL('../data/eval/unjudged-majors.csv', import.meta.url), 'utf8').split('\n').slice(1).map((l) => l.split(',')[0]!).filter(Boolean))
const e = evaluate((j) => rankMajorsForJob(j as never, { limit: 40 }).map((m) => m.majorCode), set, unjudged)
const agg: Record<string, Record<string, number>> = {}
for (const r of e.perJob) {
  const a = agg[r.job.split] ??= { right: 0, wrongLevelSameLine: 0, siblingSameLevel: 0, sameCategory: 0, other: 0, missingAcceptable_notInTop40: 0, acceptableTotal: 0 }
  const k = Math.min(10, r.job.acceptable.length)
  const accLevels = new Set(r.job.acceptable.map((c) => majorByCode(c)!.level))
  const accClasses = new Set(r.job.acceptable.map((c) => c.slice(0, 4)))
  const accCats = new Set(r.job.acceptable.map((c) => c.slice(0, 2)))
  for (const c of r.ranked.slice(0, k)) {
    const m = majorByCode(c)!
    if (r.job.acceptable.includes(c)) a.right!++
    else if (!accLevels.has(m.level)) a.wrongLevelSameLine!++
    else if ([...accClasses].some((x) => x.slice(2) === c.slice(2, 4) && true) && accClasses.has(c.slice(0, 4))) a.siblingSameLevel!++
    else if (accCats.has(c.slice(0, 2))) a.sameCategory!++
    else a.other!++
  }
  a.acceptableTotal! += r.job.acceptable.length
  a.missingAcceptable_notInTop40! += r.job.acceptable.filter((c) => !r.ranked.includes(c)).length
}
console.log(agg)
