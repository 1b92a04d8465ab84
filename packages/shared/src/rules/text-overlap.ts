/**
 * Keyword overlap for Chinese text without a segmenter (none is small enough for the mini-program
 * bundle): Han runs become character bigrams, Latin/digit runs stay whole words ("PLC", "5g").
 * Bigrams that appear in almost every project or patent title carry no signal and are dropped.
 */
const GENERIC = new Set([
  '技术', '研究', '应用', '开发', '系统', '设计', '基于', '关键', '项目', '平台', '及其', '方法', '装置', '一种',
  '工艺', '问题', '需要', '提高', '解决', '实现', '进行', '目前', '我们', '企业', '希望', '合作', '能力', '相关',
])

export function textGrams(text: string): Set<string> {
  const grams = new Set<string>()
  const normalised = text.normalize('NFKC').toLowerCase()
  for (const run of normalised.match(/[\u3400-\u9fff]+|[a-z0-9]+/g) ?? []) {
    if (/^[a-z0-9]/.test(run)) {
      if (run.length > 1) grams.add(run)
      continue
    }
    for (let i = 0; i + 1 < run.length; i++) {
      const g = run.slice(i, i + 2)
      if (!GENERIC.has(g)) grams.add(g)
    }
  }
  return grams
}

/**
 * How much of `item` (a short name: project, patent, course) is found in `query` (a longer problem
 * text): shared grams / max(item grams, 4). The floor of 4 stops a two-character name from
 * scoring a perfect match on one shared bigram.
 */
export function gramOverlap(query: ReadonlySet<string>, item: ReadonlySet<string>): { score: number; shared: string[] } {
  const shared = [...item].filter((g) => query.has(g))
  return { score: item.size === 0 ? 0 : shared.length / Math.max(item.size, 4), shared }
}
