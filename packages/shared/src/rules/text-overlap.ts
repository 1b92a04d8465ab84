/**
 * Keyword overlap for short names (projects, patents, courses, equipment) against a longer text.
 * The terms come from the one tokeniser (match-text/segment.ts: Han bigrams, Latin/digit words
 * whole, "PLC", "5g"); no word splitter here, because a name's words and a problem's words are cut
 * differently and the shared bigrams are what the reasons quote. Bigrams that appear in almost
 * every project or patent title carry no signal and are dropped.
 */
import { terms } from './match-text/segment'

const GENERIC = new Set([
  '技术', '研究', '应用', '开发', '系统', '设计', '基于', '关键', '项目', '平台', '及其', '方法', '装置', '一种',
  '工艺', '问题', '需要', '提高', '解决', '实现', '进行', '目前', '我们', '企业', '希望', '合作', '能力', '相关',
])

/** The Han bigrams and Latin words of `text` — match-text's `terms` without a word splitter — less GENERIC. */
export function textGrams(text: string): Set<string> {
  return new Set(terms(text, { splitter: noWords }).filter((g) => !GENERIC.has(g)))
}
const noWords = () => []

/**
 * How much of `item` (a short name: project, patent, course) is found in `query` (a longer problem
 * text): shared grams / max(item grams, 4). The floor of 4 stops a two-character name from
 * scoring a perfect match on one shared bigram.
 */
export function gramOverlap(query: ReadonlySet<string>, item: ReadonlySet<string>): { score: number; shared: string[] } {
  const shared = [...item].filter((g) => query.has(g))
  return { score: item.size === 0 ? 0 : shared.length / Math.max(item.size, 4), shared }
}

/**
 * The readable pieces of `itemText` that the query shares: runs of consecutive shared bigrams are
 * joined back into phrases ("焊缝缺陷", not "焊缝、缝缺、缺陷"), Latin words kept whole.
 */
export function sharedPhrases(query: ReadonlySet<string>, itemText: string): string[] {
  const out: string[] = []
  for (const run of itemText.normalize('NFKC').match(/[\u3400-\u9fff]+|[A-Za-z0-9]+/g) ?? []) {
    if (/^[A-Za-z0-9]/.test(run)) {
      if (query.has(run.toLowerCase())) out.push(run)
      continue
    }
    let start = -1
    for (let i = 0; i + 1 <= run.length; i++) {
      const hit = i + 1 < run.length && query.has(run.slice(i, i + 2))
      if (hit && start < 0) start = i
      if (!hit && start >= 0) {
        out.push(run.slice(start, i + 1))
        start = -1
      }
    }
  }
  return [...new Set(out)]
}
