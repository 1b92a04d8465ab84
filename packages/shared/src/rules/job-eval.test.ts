import { describe, expect, it } from 'vitest'
import { hitAt3, evaluate, precisionAt10, reciprocalRank, rPrecision, type EvalJob } from './job-eval'

const job = (id: string, acceptable: string[], chainId = 'SD-C01', split: EvalJob['split'] = 'dev'): EvalJob => ({
  input: { id, title: id, skills: ['x'], description: 'd', cityCode: '370100', education: '大专', majorCodes: [] },
  chainId, split, acceptable, occupations: [], why: '', basis: ['occ'],
})

describe('metrics on hand-computed rankings', () => {
  const acc = ['a', 'b', 'c']

  it('R-precision counts acceptable majors in the top k, k = number acceptable', () => {
    expect(rPrecision(['a', 'x', 'b', 'c'], acc)).toBeCloseTo(2 / 3)
    expect(rPrecision(['x', 'y', 'z', 'a', 'b', 'c'], acc)).toBe(0)
    expect(rPrecision(['c', 'b', 'a'], acc)).toBe(1)
  })

  it('R-precision caps k at 10', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => `m${i}`)
    expect(rPrecision(['x', ...twelve], twelve)).toBe(9 / 10)
  })

  it('counts a major ranked twice once', () => {
    expect(rPrecision(['a', 'a', 'a'], acc)).toBeCloseTo(1 / 3)
    expect(precisionAt10(['a', 'a'], acc)).toBe(0.1)
  })

  it('precision@10 divides by ten however few majors are acceptable', () => {
    expect(precisionAt10(['a', 'x', 'b', 'y', 'c'], acc)).toBeCloseTo(0.3)
    expect(precisionAt10(['x', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8', 'x9', 'a'], acc)).toBe(0)
  })

  it('hit@3 is 1 only with an acceptable major in the first three', () => {
    expect(hitAt3(['x', 'y', 'c'], acc)).toBe(1)
    expect(hitAt3(['x', 'y', 'z', 'a'], acc)).toBe(0)
    expect(hitAt3([], acc)).toBe(0)
  })

  it('reciprocal rank is 1/rank of the first acceptable major, 0 when none', () => {
    expect(reciprocalRank(['a'], acc)).toBe(1)
    expect(reciprocalRank(['x', 'y', 'b', 'a'], acc)).toBeCloseTo(1 / 3)
    expect(reciprocalRank(['x', 'y'], acc)).toBe(0)
  })
})

describe('evaluate', () => {
  const set = [job('j1', ['a', 'b'], 'SD-C01', 'dev'), job('j2', ['c'], 'SD-C01', 'heldout'), job('j3', ['d', 'e'], 'SD-C02', 'dev')]
  const ranker = (j: { id: string }) => ({ j1: ['a', 'x', 'b'], j2: ['x', 'c'], j3: ['y'] })[j.id]!

  it('averages per job, overall, by split and by chain', () => {
    const e = evaluate(ranker, set)
    // R-precision: j1 1/2, j2 0, j3 0; MRR: 1, 1/2, 0; hit@3: 1, 1, 0; P@10: .2, .1, 0
    expect(e.overall).toEqual({ n: 3, rPrecision: 0.5 / 3, precisionAt10: expect.closeTo(0.1), hitAt3: 2 / 3, mrr: 0.5 })
    expect(e.bySplit.dev).toMatchObject({ n: 2, rPrecision: 0.25, mrr: 0.5 })
    expect(e.bySplit.heldout).toMatchObject({ n: 1, rPrecision: 0, mrr: 0.5, hitAt3: 1 })
    expect(Object.keys(e.byChain)).toEqual(['SD-C01', 'SD-C02'])
    expect(e.byChain['SD-C02']).toMatchObject({ n: 1, mrr: 0, hitAt3: 0 })
  })

  it('leaves unjudged majors out of each ranking before scoring (a condensed list)', () => {
    // Without x in the rankings, j1 reads a, b (R-precision 1) and j2 reads c (MRR 1).
    const e = evaluate(ranker, set, new Set(['x']))
    expect(e.perJob.map((r) => r.ranked)).toEqual([['a', 'b'], ['c'], ['y']])
    expect(e.overall).toMatchObject({ rPrecision: 2 / 3, mrr: 2 / 3 })
  })

  it('keeps every major in fresh and fresh3 rankings, which were labelled against the grown catalogue', () => {
    const fresh = [job('f1', ['x'], 'SD-C01', 'fresh'), job('t1', ['x'], 'SD-C01', 'fresh3')]
    const e = evaluate(() => ['x', 'a'], fresh, new Set(['x']))
    expect(e.perJob.map((r) => r.ranked)).toEqual([['x', 'a'], ['x', 'a']])
    expect(e.bySplit.fresh).toMatchObject({ n: 1, rPrecision: 1, mrr: 1 })
    expect(e.bySplit.fresh3).toMatchObject({ n: 1, rPrecision: 1, mrr: 1 })
    expect(e.bySplit.dev.n).toBe(0)
  })

  it('hands the ranker a copy of the posting, never the labels', () => {
    const seen: unknown[] = []
    evaluate((j) => { seen.push(j); (j.majorCodes as string[]).push('a'); return [] }, set)
    expect(seen[0]).not.toHaveProperty('acceptable')
    expect(set[0]!.input.majorCodes).toEqual([])
  })
})
