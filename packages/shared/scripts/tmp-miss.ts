import { readFileSync } from 'node:fs'
import { majorByCode, majorProfile } from '../src/reference'
import { evaluate, parseJobEvalSet } from '../src/rules/job-eval'
import { rankMajorsForJob } from '../src/rules/match-text'
const set = parseJobEvalSet(readFileSync(new URL('../data/eval/jobs.csv', import.meta.url), 'utf8')).filter((j) => j.split !== 'fresh')
const e = evaluate((j) => rankMajorsForJob(j as never, { limit: 40 }).map((m) => m.majorCode), set)
for (const r of e.perJob) {
  const miss = r.job.acceptable.filter((c) => !r.ranked.includes(c))
  if (!miss.length) continue
  console.log(`${r.job.input.id} ${r.job.input.title} [${r.job.input.education}] | ${r.job.input.skills.join('/')} → missing: ${miss.map((c) => { const p = majorProfile(c)!; return `${p.level[0]}${p.name}{${p.occupations.map((o) => o.name).join('/')};${p.posts.join('/')}}` }).join(' ; ')}`)
}
