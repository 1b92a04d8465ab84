/**
 * Job → major matching on the labelled set (data/eval/jobs.csv, docs/matching-eval.md):
 * R-precision, precision@10, hit@3 and MRR, overall, dev vs held-out and per chain, for the
 * chain-only baseline (today's matchSupply) and, when src/rules/match-text/index.ts exists, for its
 * `rankMajorsForJob` beside it.
 *   npm run eval:match -w @zhilian/shared [-- --jobs [dev]]  (--jobs: one line per job, misses first; dev: dev rows only)
 *   … -- --before <git rev>: also the text ranker over that revision's profiles and synonyms (data before/after, one run)
 * Majors added to the catalogue after the set was labelled (data/eval/unjudged-majors.csv) are left out of each
 * ranking before scoring (a condensed list); the last line gives the text ranker's overall figure with them kept.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { occupations, parseCsv, parseProfiles, parseSynonyms, reference } from '../src/reference'
import { buildChainMajorMap } from '../src/rules/chain-majors'
import { chainOnlyBaseline, evaluate, parseJobEvalSet, type Evaluation, type JobRanker, type Scores } from '../src/rules/job-eval'

const set = parseJobEvalSet(readFileSync(new URL('../data/eval/jobs.csv', import.meta.url), 'utf8'))
const unjudged = new Set(
  readFileSync(new URL('../data/eval/unjudged-majors.csv', import.meta.url), 'utf8').split('\n').slice(1).map((l) => l.split(',')[0]!).filter(Boolean),
)
const ref = reference()
const rankers: [string, JobRanker][] = [
  ['baseline', chainOnlyBaseline(buildChainMajorMap(ref.chainMajors), ref.majors.filter((m) => m.status === 'active').map((m) => m.code))],
]

const textModule = new URL('../src/rules/match-text/index.ts', import.meta.url)
if (existsSync(textModule)) {
  const mod = (await import(textModule.href)) as { rankMajorsForJob?: (job: never, opts?: { index?: unknown }) => readonly (string | { majorCode: string })[] }
  if (typeof mod.rankMajorsForJob !== 'function') throw new Error('match-text/index.ts does not export rankMajorsForJob')
  const rank = mod.rankMajorsForJob
  const codes = (xs: readonly (string | { majorCode: string })[]) => xs.map((x) => (typeof x === 'string' ? x : x.majorCode))
  const before = process.argv.includes('--before') ? process.argv[process.argv.indexOf('--before') + 1] : undefined
  if (before) {
    // Same code, that revision's data: what a profile or synonym edit changed, measured in this run.
    const { buildMatchTextIndex } = await import('../src/rules/match-text/rank')
    const at = (file: string) => parseCsv(execFileSync('git', ['show', `${before}:./data/${file}`], { cwd: new URL('..', import.meta.url), encoding: 'utf8', maxBuffer: 1 << 26 }))
    const index = buildMatchTextIndex({ profiles: parseProfiles(at('major_profiles.csv')), synonyms: parseSynonyms(at('match_synonyms.csv')), occupations: occupations() })
    rankers.push(['before', (job) => codes(rank(job as never, { index }))])
  }
  rankers.push(['text', (job) => codes(rank(job as never))])
} else {
  console.log('(no src/rules/match-text/index.ts: baseline only)\n')
}

const results = rankers.map(([name, r]) => [name, evaluate(r, set, unjudged)] as const)
const chainNames = Object.fromEntries(ref.chains.map((c) => [c.id, c.name]))
const f = (x: number) => x.toFixed(3)
const cells = (s: Scores) => `${f(s.rPrecision)}  ${f(s.precisionAt10)} ${f(s.hitAt3)} ${f(s.mrr)}`
/** Pads to a width in terminal columns (a CJK character takes two). */
const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - [...s].reduce((w, c) => w + (c > '\u2e80' ? 2 : 1), 0)))
const header = `${pad('group', 26)}${'n'.padStart(4)}  ${results.map(([n]) => `${n}: R-prec P@10  hit@3 MRR`).join(' │ ')}`

function line(label: string, pick: (e: Evaluation) => Scores) {
  const n = pick(results[0]![1]).n
  console.log(`${pad(label, 26)}${String(n).padStart(4)}  ${results.map(([name, e]) => `${' '.repeat(name.length + 2)}${cells(pick(e))}`).join(' │ ')}`)
}

console.log(`jobs.csv: ${set.length} jobs, ${new Set(set.map((j) => j.chainId)).size} chains\n`)
console.log(header)
line('overall', (e) => e.overall)
line('dev', (e) => e.bySplit.dev)
line('held-out', (e) => e.bySplit.heldout)
line('fresh', (e) => e.bySplit.fresh)
line('fresh3', (e) => e.bySplit.fresh3)
line('fresh4', (e) => e.bySplit.fresh4)
console.log('')
for (const chain of Object.keys(results[0]![1].byChain)) line(`${chain} ${chainNames[chain] ?? ''}`.slice(0, 14), (e) => e.byChain[chain]!)
const [lastName, lastRanker] = rankers.at(-1)!
console.log(`\n${unjudged.size} majors added after labelling are left out of the rankings above; kept in, ${lastName} overall: ${cells(evaluate(lastRanker, set).overall)}`)

if (process.argv.includes('--jobs')) {
  const [name, last] = results.at(-1)!
  console.log(`\nper job (${name}), worst first: R-prec, rank of first acceptable, top 5 (✓ acceptable)`)
  const names = new Map(ref.majors.map((m) => [m.code, m.name]))
  // Tuning reads dev misses only (docs/matching-eval.md): `--jobs dev` hides held-out rows.
  const only = process.argv[process.argv.indexOf('--jobs') + 1]
  for (const r of [...last.perJob].filter((x) => only !== 'dev' || x.job.split === 'dev').sort((a, b) => a.rPrecision - b.rPrecision || a.rr - b.rr)) {
    const top = r.ranked.slice(0, 5).map((c) => `${r.job.acceptable.includes(c) ? '✓' : '✗'}${names.get(c) ?? c}`).join(' ')
    console.log(`${r.job.input.id} ${f(r.rPrecision)} ${r.rr ? String(Math.round(1 / r.rr)).padStart(3) : '  -'}  ${r.job.input.title}  →  ${top}`)
  }
}
