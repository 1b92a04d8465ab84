/**
 * Tuning on the DEV split of data/eval/jobs.csv only (the held-out split is for reporting): compares
 * word splitters (ICU vs @node-rs/jieba, each with and without Han bigrams) and prints the figures.
 *   npx tsx packages/shared/scripts/tune-match-text.ts [--jieba-from DIR]
 * jieba is not a dependency (ICU won, decision 018); to re-run the comparison install it anywhere
 * (`npm i @node-rs/jieba` in DIR) and pass that DIR.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { majorProfiles, matchSynonyms, occupations, reference } from '../src/reference'
import { buildChainMajorMap } from '../src/rules/chain-majors'
import { evaluate, parseJobEvalSet } from '../src/rules/job-eval'
import { buildMatchTextIndex, icuWords, rankMajors, type TermOptions, type WordSplitter } from '../src/rules/match-text'
import { BM25F_PARAMS, buildBm25f, type Bm25fParams } from '../src/rules/match-text/bm25f'

const dev = parseJobEvalSet(readFileSync(new URL('../data/eval/jobs.csv', import.meta.url), 'utf8')).filter((j) => j.split === 'dev')
const chainMajors = buildChainMajorMap(reference().chainMajors)
// Scored as eval-match.ts scores: majors added after labelling are left out of each ranking (docs/matching-eval.md).
const unjudged = new Set(
  readFileSync(new URL('../data/eval/unjudged-majors.csv', import.meta.url), 'utf8').split('\n').slice(1).map((l) => l.split(',')[0]!).filter(Boolean),
)
const LIMIT = 40
const splitters: [string, WordSplitter][] = [['icu', icuWords]]
const from = process.argv.indexOf('--jieba-from')
if (from > 0) {
  const req = createRequire(`${process.argv[from + 1]}/`)
  const { Jieba } = req('@node-rs/jieba') as { Jieba: { withDict(d: Uint8Array): { cut(t: string, hmm?: boolean): string[] } } }
  const { dict } = req('@node-rs/jieba/dict') as { dict: Uint8Array }
  const jieba = Jieba.withDict(dict)
  splitters.push(['jieba', (t) => jieba.cut(t, false)])
}

const f = (x: number) => x.toFixed(3)
console.log(`dev split: ${dev.length} jobs`)
for (const [name, splitter] of splitters) {
  for (const bigrams of [false, true]) {
    const termOptions: TermOptions = { splitter, bigrams }
    const t0 = performance.now()
    const index = buildMatchTextIndex({ profiles: majorProfiles(), synonyms: matchSynonyms(), occupations: occupations(), termOptions })
    const built = performance.now() - t0
    const t1 = performance.now()
    const e = evaluate((job) => rankMajors(job, index, { chainMajors, limit: LIMIT }).map((m) => m.majorCode), dev, unjudged)
    const perJob = (performance.now() - t1) / dev.length
    const s = e.overall
    console.log(`${`${name}${bigrams ? '+bigrams' : ''}`.padEnd(16)} R-prec ${f(s.rPrecision)}  P@10 ${f(s.precisionAt10)}  hit@3 ${f(s.hitAt3)}  MRR ${f(s.mrr)}  (index ${built.toFixed(0)} ms, ${perJob.toFixed(1)} ms/job)`)
  }
}

if (process.argv.includes('--grid')) {
  const index = buildMatchTextIndex({ profiles: majorProfiles(), synonyms: matchSynonyms(), occupations: occupations() })
  const rows: [string, number, string][] = []
  for (const text of [25, 35]) for (const phrase of [10, 20]) for (const cont of [15, 25]) for (const chain of [10, 20]) for (const level of [12, 20]) {
    const weights = { text, phrase, cont, chain, named: 12, level }
    const s = evaluate((job) => rankMajors(job, index, { chainMajors, limit: LIMIT, weights }).map((m) => m.majorCode), dev, unjudged).overall
    rows.push([JSON.stringify(weights), s.rPrecision + s.hitAt3 / 3 + s.mrr / 3, `R-prec ${f(s.rPrecision)}  hit@3 ${f(s.hitAt3)}  MRR ${f(s.mrr)}`])
  }
  for (const [w, , line] of rows.sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(line, w)
}

if (process.argv.includes('--bm25')) {
  // BM25F saturation (k1), length normalisation (b) and field weights, on the dev split only.
  const index = buildMatchTextIndex({ profiles: majorProfiles(), synonyms: matchSynonyms(), occupations: occupations() })
  const run = (params: Bm25fParams) => {
    const withParams = { ...index, bm25: buildBm25f(index.profiles, params) }
    return evaluate((job) => rankMajors(job, withParams, { chainMajors, limit: LIMIT }).map((m) => m.majorCode), dev, unjudged).overall
  }
  const line = (s: ReturnType<typeof run>) => `R-prec ${f(s.rPrecision)}  hit@3 ${f(s.hitAt3)}  MRR ${f(s.mrr)}`
  console.log(`kept   ${line(run(BM25F_PARAMS))}  ${JSON.stringify(BM25F_PARAMS)}`)
  for (const k1 of [0.6, 0.9, 1.2, 1.6, 2.0]) for (const b of [0.3, 0.5, 0.75, 0.9]) {
    console.log(`k1 ${k1} b ${b}  ${line(run({ ...BM25F_PARAMS, k1, b }))}`)
  }
  const fw = BM25F_PARAMS.fieldWeights
  for (const [field, values] of Object.entries({ name: [1, 2, 4, 6], occupations: [2, 4, 5], posts: [1.5, 3.5, 5], competences: [0.6, 2, 3], courses: [0.5, 1.5, 2] })) {
    for (const v of values) console.log(`${field} ${v}  ${line(run({ ...BM25F_PARAMS, fieldWeights: { ...fw, [field]: v } }))}`)
  }
}

if (process.argv.includes('--parts')) {
  // How much the title, the skill points and the description count in the query, on the dev split only.
  const index = buildMatchTextIndex({ profiles: majorProfiles(), synonyms: matchSynonyms(), occupations: occupations() })
  for (const title of [2, 3, 4, 5]) for (const skills of [1, 2, 3]) for (const description of [0.5, 1, 1.5]) {
    const s = evaluate((job) => rankMajors(job, index, { chainMajors, limit: LIMIT, partWeights: { title, skills, description } }).map((m) => m.majorCode), dev, unjudged).overall
    console.log(`title ${title} skills ${skills} description ${description}  R-prec ${f(s.rPrecision)}  hit@3 ${f(s.hitAt3)}  MRR ${f(s.mrr)}`)
  }
}

const at = process.argv.indexOf('--config')
if (at > 0) {
  // One configuration on the dev split: --config k1,b,title,skills,description
  const [k1, b, title, skills, description] = process.argv[at + 1]!.split(',').map(Number) as [number, number, number, number, number]
  const index = buildMatchTextIndex({ profiles: majorProfiles(), synonyms: matchSynonyms(), occupations: occupations(), bm25: { ...BM25F_PARAMS, k1, b } })
  const s = evaluate((job) => rankMajors(job, index, { chainMajors, limit: LIMIT, partWeights: { title, skills, description } }).map((m) => m.majorCode), dev, unjudged).overall
  console.log(`k1 ${k1} b ${b} parts ${title}/${skills}/${description}  R-prec ${f(s.rPrecision)}  P@10 ${f(s.precisionAt10)}  hit@3 ${f(s.hitAt3)}  MRR ${f(s.mrr)}`)
}
