// Temporary experiment harness (not committed): figures per split for variants in one process.
import { readFileSync } from 'node:fs'
import { majorProfiles, matchSynonyms, occupations, reference } from '../src/reference'
import { buildChainMajorMap } from '../src/rules/chain-majors'
import { evaluate, parseJobEvalSet } from '../src/rules/job-eval'
import { buildMatchTextIndex, icuWords, rankMajors, type TermOptions } from '../src/rules/match-text'
import { BM25F_PARAMS } from '../src/rules/match-text/bm25f'
import { TEXT_WEIGHTS } from '../src/rules/match-text/rank'

const set = parseJobEvalSet(readFileSync(new URL('../data/eval/jobs.csv', import.meta.url), 'utf8'))
const chainMajors = buildChainMajorMap(reference().chainMajors)
const unjudged = new Set(readFileSync(new URL('../data/eval/unjudged-majors.csv', import.meta.url), 'utf8').split('\n').slice(1).map((l) => l.split(',')[0]!).filter(Boolean))
const f = (x: number) => x.toFixed(3)
type V = { name: string; termOptions?: TermOptions; bm25?: typeof BM25F_PARAMS; weights?: typeof TEXT_WEIGHTS; partWeights?: { title: number; skills: number; description: number }; synonyms?: boolean; occ?: boolean }
export function run(variants: V[]) {
  for (const v of variants) {
    const index = buildMatchTextIndex({ profiles: majorProfiles(), synonyms: v.synonyms === false ? [] : matchSynonyms(), termOptions: v.termOptions, bm25: v.bm25, ...(v.occ ? { occupations: occupations() } : {}) })
    const e = evaluate((job) => rankMajors(job, index, { chainMajors, limit: 40, ...(v.weights ? { weights: v.weights } : {}), ...(v.partWeights ? { partWeights: v.partWeights } : {}) }).map((m) => m.majorCode), set, unjudged)
    const s = (k: 'dev' | 'heldout' | 'fresh') => `${f(e.bySplit[k].rPrecision)} ${f(e.bySplit[k].hitAt3)} ${f(e.bySplit[k].mrr)}`
    console.log(`${v.name.padEnd(34)} dev ${s('dev')} | held ${s('heldout')} | fresh ${s('fresh')}`)
  }
}
const which = process.argv[2] ?? 'base'
const W = TEXT_WEIGHTS, P = BM25F_PARAMS
const fw = (o: Partial<typeof P.fieldWeights>) => ({ ...P, fieldWeights: { ...P.fieldWeights, ...o } })
const sets: Record<string, V[]> = {
  base: [{ name: 'current' }],
  fam0: [{ name: 'famhits only', occ: true, bm25: fw({ occupationFamily: 0 }) }, { name: 'famhits + field 0.3', occ: true, bm25: fw({ occupationFamily: 0.3 }) }],
  fam: [0.15, 0.3, 0.45].map((x) => ({ name: `family ${x}`, occ: true, bm25: fw({ occupationFamily: x }) })),
  tok2: [{ name: 'bigrams only', termOptions: { splitter: () => [] } }, { name: 'icu + bigrams, words>=3 only', termOptions: { splitter: (t) => icuWords(t).filter((w) => w.length >= 3) } }],
  tok: [{ name: 'icu only', termOptions: { bigrams: false } }, { name: 'no synonyms', synonyms: false }],
  parts: [
    { name: 'parts 3/2/1.5', partWeights: { title: 3, skills: 2, description: 1.5 } },
    { name: 'parts 3/2/2', partWeights: { title: 3, skills: 2, description: 2 } },
    { name: 'parts 2/2/1', partWeights: { title: 2, skills: 2, description: 1 } },
    { name: 'parts 4/2/1', partWeights: { title: 4, skills: 2, description: 1 } },
  ],
  w: [
    { name: 'chain 8', weights: { ...W, chain: 8 } },
    { name: 'chain 22', weights: { ...W, chain: 22 } },
    { name: 'cont 12', weights: { ...W, cont: 12 } },
    { name: 'cont 28', weights: { ...W, cont: 28 } },
    { name: 'phrase 8', weights: { ...W, phrase: 8 } },
    { name: 'phrase 22', weights: { ...W, phrase: 22 } },
    { name: 'text 40', weights: { ...W, text: 40 } },
    { name: 'level 10', weights: { ...W, level: 10 } },
    { name: 'level 24', weights: { ...W, level: 24 } },
  ],
  fw: [
    { name: 'class 0', bm25: fw({ classOccupations: 0, classPosts: 0, classCourses: 0 }) },
    { name: 'name 5', bm25: fw({ name: 5 }) },
    { name: 'name 1.5', bm25: fw({ name: 1.5 }) },
    { name: 'comp 0.6', bm25: fw({ competences: 0.6 }) },
    { name: 'courses 2', bm25: fw({ courses: 2 }) },
    { name: 'occ 4.5', bm25: fw({ occupations: 4.5 }) },
    { name: 'posts 4', bm25: fw({ posts: 4 }) },
    { name: 'k1 1.0 b 0.75', bm25: { ...P, k1: 1.0, b: 0.75 } },
    { name: 'k1 2.4 b 0.3', bm25: { ...P, k1: 2.4, b: 0.3 } },
  ],
}
run(sets[which]!)
