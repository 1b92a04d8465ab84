/**
 * BM25 weighting over the short documents a request brings — course names and descriptions,
 * project, patent and equipment names — with the one tokeniser (match-text/segment.ts: ICU words,
 * Han bigrams, Latin words whole). The catalogue index (match-text/bm25f.ts) is built once over
 * fixed profiles; these documents are whatever the lists hold today, so the index is built per
 * request over the candidates, and idf says which words few of them share (培训, 检测 and the
 * like earn little once every course says them).
 *
 * `cover` is what the scorers read: the idf-weighted share of one text's terms found in another,
 * a 0..1 credit comparable across requests. Where the other text is an indexed document its
 * term's BM25 saturation counts (capped at 1: said once in a document of average length is full,
 * said once in a long one less); otherwise presence counts.
 */
import { phraseKey, writtenSpan } from './match-text/profile'
import { coveredSpans, type KeySpan, terms } from './match-text/segment'

const K1 = 1.2
const B = 0.75

export interface TermIndex {
  docs: { tf: Map<string, number>; len: number }[]
  avgLen: number
  df: Map<string, number>
}

export function buildTermIndex(texts: readonly string[]): TermIndex {
  const docs = texts.map((t) => {
    const tf = new Map<string, number>()
    const ts = terms(t)
    for (const x of ts) tf.set(x, (tf.get(x) ?? 0) + 1)
    return { tf, len: ts.length }
  })
  const df = new Map<string, number>()
  for (const d of docs) for (const t of d.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1)
  return { docs, avgLen: docs.reduce((s, d) => s + d.len, 0) / Math.max(1, docs.length) || 1, df }
}

/**
 * Smoothed idf, 1 + ln((N + 1) / (df + 1)), always ≥ 1 so a handful of candidates still weigh every
 * word; a term no document holds weighs as one held by a single document — otherwise the bigrams
 * that straddle two words of the need (控编 in 数控编程) would outweigh every real word.
 */
export const idfOf = (index: TermIndex, t: string) => 1 + Math.log((index.docs.length + 1) / (Math.max(1, index.df.get(t) ?? 0) + 1))

/** A term's BM25 saturation in an indexed document, capped at 1. */
export function saturation(index: TermIndex, doc: number, t: string): number {
  const d = index.docs[doc]
  const tf = d?.tf.get(t) ?? 0
  if (!tf) return 0
  const norm = 1 - B + B * (d!.len / index.avgLen)
  return Math.min(1, (tf * (K1 + 1)) / (tf + K1 * norm))
}

export interface Cover {
  /** 0..1: idf-weighted share of `from`'s terms the other side holds. */
  credit: number
  /** Readable stretches of `fromText` the matched terms cover ("焊缝缺陷", not its bigrams), in its order. */
  words: string[]
}

/** The span `[a, b)` of `key` cut into the longest pieces (two characters or more) that occur in `within`, left to right. */
function piecesIn(key: string, [a, b]: KeySpan, within: string): KeySpan[] {
  const out: KeySpan[] = []
  for (let i = a; i < b;) {
    let j = b
    while (j - i >= 2 && !within.includes(key.slice(i, j))) j--
    if (j - i >= 2) { out.push([i, j]); i = j } else i++
  }
  return out
}

/**
 * How much of `fromText` the other side holds: `has(term)` gives 0..1 per term (a document's
 * saturation, or presence in a longer text). Terms are counted once each. `otherText` (the other
 * side's words) keeps the quoted words to stretches both texts hold: 焊缝缺陷 and 视觉检测, not
 * 焊缝缺陷视觉检测 when the problem says them apart.
 */
export function cover(index: TermIndex, fromText: string, has: (t: string) => number, otherText?: string): Cover {
  const own = [...new Set(terms(fromText))]
  let total = 0
  let got = 0
  const matched: string[] = []
  for (const t of own) {
    const w = idfOf(index, t)
    total += w
    const h = has(t)
    if (h > 0) { got += w * h; matched.push(t) }
  }
  const key = phraseKey(fromText)
  const runs = coveredSpans(key, matched)
  const other = otherText === undefined ? undefined : phraseKey(otherText)
  const spans = other === undefined ? runs : runs.flatMap((r) => piecesIn(key, r, other))
  const written = spans.length ? writtenSpan(fromText, key) : undefined
  return { credit: total > 0 ? got / total : 0, words: written ? [...new Set(spans.map(written))] : [] }
}
