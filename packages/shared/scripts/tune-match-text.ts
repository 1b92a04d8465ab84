/**
 * Tuning on the DEV split of data/eval/jobs.csv only (the held-out split is for reporting): compares
 * word splitters (ICU vs @node-rs/jieba, each with and without Han bigrams) and prints the figures.
 *   npx tsx packages/shared/scripts/tune-match-text.ts [--jieba-from DIR]
 * jieba is not a dependency (ICU won, decision 018); to re-run the comparison install it anywhere
 * (`npm i @node-rs/jieba` in DIR) and pass that DIR.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { majorProfiles, matchSynonyms, reference } from '../src/reference'
import { buildChainMajorMap } from '../src/rules/chain-majors'
import { evaluate, parseJobEvalSet } from '../src/rules/job-eval'
import { buildMatchTextIndex, icuWords, rankMajors, type TermOptions, type WordSplitter } from '../src/rules/match-text'

const dev = parseJobEvalSet(readFileSync(new URL('../data/eval/jobs.csv', import.meta.url), 'utf8')).filter((j) => j.split === 'dev')
const chainMajors = buildChainMajorMap(reference().chainMajors)
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
    const index = buildMatchTextIndex({ profiles: majorProfiles(), synonyms: matchSynonyms(), termOptions })
    const built = performance.now() - t0
    const t1 = performance.now()
    const e = evaluate((job) => rankMajors(job, index, { chainMajors, limit: 10 }).map((m) => m.majorCode), dev)
    const perJob = (performance.now() - t1) / dev.length
    const s = e.overall
    console.log(`${`${name}${bigrams ? '+bigrams' : ''}`.padEnd(16)} R-prec ${f(s.rPrecision)}  P@10 ${f(s.precisionAt10)}  hit@3 ${f(s.hitAt3)}  MRR ${f(s.mrr)}  (index ${built.toFixed(0)} ms, ${perJob.toFixed(1)} ms/job)`)
  }
}

if (process.argv.includes('--grid')) {
  const index = buildMatchTextIndex({ profiles: majorProfiles(), synonyms: matchSynonyms() })
  const rows: [string, number, string][] = []
  for (const text of [25, 35]) for (const phrase of [10, 20]) for (const cont of [15, 25]) for (const chain of [10, 20]) for (const level of [12, 20]) {
    const weights = { text, phrase, cont, chain, named: 12, level }
    const s = evaluate((job) => rankMajors(job, index, { chainMajors, limit: 10, weights }).map((m) => m.majorCode), dev).overall
    rows.push([JSON.stringify(weights), s.rPrecision + s.hitAt3 / 3 + s.mrr / 3, `R-prec ${f(s.rPrecision)}  hit@3 ${f(s.hitAt3)}  MRR ${f(s.mrr)}`])
  }
  for (const [w, , line] of rows.sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(line, w)
}
