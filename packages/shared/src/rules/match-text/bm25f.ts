/**
 * BM25F over the major profiles: each field's term frequency is length-normalised on its own and
 * weighted, the weighted sum is saturated once (Robertson & Zaragoza, "The Probabilistic Relevance
 * Framework: BM25 and Beyond", 2009, §3.5). The per-document pseudo-frequencies do not depend on
 * the query, so they are computed once and scoring a job is one pass over the postings of its terms.
 */
import { INDEX_FIELDS, type IndexField, type MajorTextProfile } from './profile'

export interface Bm25fParams { k1: number; b: number; fieldWeights: Record<IndexField, number> }

export const BM25F_PARAMS: Bm25fParams = {
  k1: 1.6,
  b: 0.5,
  fieldWeights: { name: 3, occupations: 3, posts: 2.5, competences: 1.2, courses: 1, classOccupations: 0.5, classPosts: 0.4, classCourses: 0.2, occupationFamily: 0.3 },
}

export interface Bm25fIndex {
  params: Bm25fParams
  size: number
  /** term → [doc, saturated term weight (without idf)]. */
  postings: Map<string, { doc: number; w: number }[]>
  /** The same weights per document, for explaining one document without scanning postings. */
  docTerms: Map<string, number>[]
  idf: Map<string, number>
}

export function buildBm25f(docs: readonly MajorTextProfile[], params: Bm25fParams = BM25F_PARAMS): Bm25fIndex {
  const avg = Object.fromEntries(INDEX_FIELDS.map((f) => [f, docs.reduce((s, d) => s + d.fields[f].length, 0) / Math.max(1, docs.length) || 1])) as Record<IndexField, number>
  const postings = new Map<string, { doc: number; w: number }[]>()
  const docTerms: Map<string, number>[] = []
  docs.forEach((d, doc) => {
    const own = new Map<string, number>()
    docTerms.push(own)
    const tf = new Map<string, number>()
    for (const f of INDEX_FIELDS) {
      const norm = 1 - params.b + params.b * (d.fields[f].length / avg[f])
      for (const t of d.fields[f]) tf.set(t, (tf.get(t) ?? 0) + params.fieldWeights[f] / norm)
    }
    for (const [t, x] of tf) {
      let list = postings.get(t)
      if (!list) postings.set(t, (list = []))
      const w = (x * (params.k1 + 1)) / (x + params.k1)
      list.push({ doc, w })
      own.set(t, w)
    }
  })
  const idf = new Map<string, number>()
  for (const [t, list] of postings) idf.set(t, Math.log(1 + (docs.length - list.length + 0.5) / (list.length + 0.5)))
  return { params, size: docs.length, postings, docTerms, idf }
}

/** Scores of every document for a weighted query, and each term's share (for the explanation). */
export function scoreBm25f(index: Bm25fIndex, query: ReadonlyMap<string, number>): Float64Array {
  const scores = new Float64Array(index.size)
  for (const [t, qw] of query) {
    const list = index.postings.get(t)
    if (!list) continue
    const idf = index.idf.get(t)!
    for (const p of list) scores[p.doc]! += qw * idf * p.w
  }
  return scores
}

/** One term's contribution to one document, or 0. */
export function termContribution(index: Bm25fIndex, term: string, qw: number, doc: number): number {
  const w = index.docTerms[doc]?.get(term)
  return w ? qw * index.idf.get(term)! * w : 0
}
