/**
 * Chinese text → index terms, behind one function (`terms`). Words come from a word splitter
 * (ICU's through `Intl.Segmenter` by default: no dependency, runs in Node and the mini-program);
 * Han runs also give character bigrams, because ICU's dictionary splits shop-floor and catalogue
 * words it does not know ("数控" → 数 + 控) and a bigram still matches them. Which splitter and
 * whether bigrams help was measured on the labelled set: docs/decisions/018-text-matching.md.
 */
export type WordSplitter = (text: string) => string[]

// Made on first use: importing this module (through the shared index) must not touch Intl.Segmenter,
// which not every mini-program JS engine has; only the word splitter needs it.
let icu: Intl.Segmenter | undefined
export const icuWords: WordSplitter = (text) => {
  icu ??= new Intl.Segmenter('zh', { granularity: 'word' })
  const out: string[] = []
  for (const s of icu.segment(text)) if (s.isWordLike) out.push(s.segment)
  return out
}

/** Words that say nothing about which major fits (recruiting boilerplate, generic verbs). */
const STOP = new Set([
  '招聘', '岗位', '工作', '负责', '熟悉', '掌握', '具有', '具备', '优先', '以上', '经验', '相关', '公司', '企业', '要求',
  '能够', '能力', '进行', '以及', '我们', '单位', '职位', '人员', '员工', '良好', '一定', '了解', '从事', '根据', '按照',
  '完成', '参与', '协助', '日常', '及时', '包括', '其他', '学历', '专业', '毕业', '待遇', '薪资', '五险', '一金', '面议',
  '上岗', '持证', '需要', '提供', '身体', '健康', '吃苦', '耐劳', '责任心', '团队', '合作', '沟通', '服从', '安排',
  '及其', '等等', '方面', '基本', '各类', '一般', '有关', '技术', '管理', '操作', '生产', '实践', '应用', '基础',
])

export const normalise = (text: string) => text.normalize('NFKC').toLowerCase()

export interface TermOptions {
  /** Add the character bigrams of every Han run (default true). */
  bigrams?: boolean
  splitter?: WordSplitter
}

/** Split results per splitter: catalogue phrases repeat across majors and ICU calls are not cheap. */
const splitCache = new WeakMap<WordSplitter, Map<string, string[]>>()
const MAX_CACHED = 50_000
function splitCached(split: WordSplitter, run: string): string[] {
  let cache = splitCache.get(split)
  if (!cache) splitCache.set(split, (cache = new Map()))
  let words = cache.get(run)
  if (!words) {
    if (cache.size >= MAX_CACHED) cache.clear()
    words = split(run).filter((w) => w.length > 1 && !STOP.has(w))
    cache.set(run, words)
  }
  return words
}

const HAN = /^[\u3400-\u9fff]+$/
const TERM = /[\u3400-\u9fff]+|[a-z0-9+#.]*[a-z0-9+#]/g

/**
 * Index terms of `text`, in order, repeats kept (term frequency matters): Han words of two or more
 * characters, Latin/digit words ("plc", "c++") whole, plus Han bigrams; stop words dropped.
 */
export function terms(text: string, opts: TermOptions = {}): string[] {
  const split = opts.splitter ?? icuWords
  const bigrams = opts.bigrams ?? true
  const out: string[] = []
  for (const run of normalise(text).match(TERM) ?? []) {
    if (!HAN.test(run)) {
      if (run.length > 1 || /\d/.test(run)) out.push(run)
      continue
    }
    const words = splitCached(split, run)
    out.push(...words)
    if (!bigrams) continue
    for (let i = 0; i + 1 < run.length; i++) {
      const g = run.slice(i, i + 2)
      if (!STOP.has(g) && !words.includes(g)) out.push(g)
    }
  }
  return out
}

/** A stretch of a phrase key: [start, end). */
export type KeySpan = readonly [number, number]

/**
 * The stretches of `key` (a phrase key) that `words` cover ("港口机械" of 「港口机械操作维护」), so
 * evidence quotes readable words, not the bigrams an index uses. Stretches shorter than two are dropped.
 * Spans, not strings: the key is lower-cased, so a reason quotes the text as written (profile.ts `writtenSpan`).
 */
export function coveredSpans(key: string, words: readonly string[]): KeySpan[] {
  const covered = new Array<boolean>(key.length).fill(false)
  for (const w of words) for (let i = key.indexOf(w); i >= 0; i = key.indexOf(w, i + 1)) covered.fill(true, i, i + w.length)
  const runs: KeySpan[] = []
  let start = -1
  for (let i = 0; i <= key.length; i++) {
    if (i < key.length && covered[i]) { if (start < 0) start = i } else if (start >= 0) { if (i - start >= 2) runs.push([start, i]); start = -1 }
  }
  return runs
}
