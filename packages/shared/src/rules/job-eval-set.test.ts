import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { majorByCode, occupations, reference } from '../reference'
import { buildChainMajorMap } from './chain-majors'
import { chainOnlyBaseline, evaluate, NO_CHAIN, parseJobEvalSet } from './job-eval'

/** The labelled set itself (data/eval/jobs.csv): well formed, tied to the catalogue, covering every chain. */
const set = parseJobEvalSet(readFileSync(new URL('../../data/eval/jobs.csv', import.meta.url), 'utf8'))
const ref = reference()
const MIN_JOBS = 200
const MIN_PER_CHAIN = 8

describe('job → major evaluation set', () => {
  it(`has at least ${MIN_JOBS} jobs with unique ids`, () => {
    expect(set.length).toBeGreaterThanOrEqual(MIN_JOBS)
    expect(new Set(set.map((j) => j.input.id)).size).toBe(set.length)
  })

  it(`covers all ${ref.chains.length} chains with at least ${MIN_PER_CHAIN} jobs each, and names only real chains`, () => {
    const count = new Map<string, number>()
    for (const j of set) count.set(j.chainId, (count.get(j.chainId) ?? 0) + 1)
    const known = new Set([...ref.chains.map((c) => c.id), NO_CHAIN])
    expect([...count.keys()].filter((c) => !known.has(c))).toEqual([])
    expect(ref.chains.filter((c) => (count.get(c.id) ?? 0) < MIN_PER_CHAIN).map((c) => c.id)).toEqual([])
  })

  it('uses only active catalogue majors and real 大典 occupations', () => {
    const bad = set.flatMap((j) => [...j.acceptable, ...j.input.majorCodes].filter((c) => majorByCode(c)?.status !== 'active').map((c) => `${j.input.id}:${c}`))
    expect(bad).toEqual([])
    const occ = new Set(occupations().map((o) => o.code))
    expect(set.flatMap((j) => j.occupations.filter((o) => !occ.has(o)).map((o) => `${j.input.id}:${o}`))).toEqual([])
  })

  it('labels each job consistently: named majors acceptable, no duplicates, levels that fit the education asked', () => {
    const levels = { 不限: ['中职', '高职专科'], 中专: ['中职', '高职专科'], 大专: ['高职专科', '职业本科'], 本科: ['职业本科'] }
    for (const j of set) {
      const where = j.input.id
      expect(j.input.majorCodes.filter((c) => !j.acceptable.includes(c)), where).toEqual([])
      expect(new Set(j.acceptable).size, where).toBe(j.acceptable.length)
      expect(j.acceptable.filter((c) => !levels[j.input.education].includes(majorByCode(c)!.level)), where).toEqual([])
    }
  })

  it('holds out about 30% of the first-labelled jobs, in every chain', () => {
    const first = set.filter((j) => j.input.id.startsWith('J'))
    const held = first.filter((j) => j.split === 'heldout').length / first.length
    expect(held).toBeGreaterThan(0.25)
    expect(held).toBeLessThan(0.35)
    for (const c of new Set(first.map((j) => j.chainId))) expect(first.some((j) => j.chainId === c && j.split === 'heldout'), c).toBe(true)
  })

  it('has a fresh split of at least 60 jobs covering every chain, some with neither chain nor named majors', () => {
    const fresh = set.filter((j) => j.split === 'fresh')
    expect(fresh.length).toBeGreaterThanOrEqual(60)
    expect(fresh.every((j) => j.input.id.startsWith('F'))).toBe(true)
    expect(ref.chains.filter((c) => !fresh.some((j) => j.chainId === c.id)).map((c) => c.id)).toEqual([])
    expect(fresh.filter((j) => !j.input.chainId && j.input.majorCodes.length === 0).length).toBeGreaterThanOrEqual(15)
  })

  it('has a fresh3 split of at least 60 jobs covering every chain and jobs outside them, some naming no skill', () => {
    const fresh3 = set.filter((j) => j.split === 'fresh3')
    expect(fresh3.length).toBeGreaterThanOrEqual(60)
    expect(fresh3.every((j) => j.input.id.startsWith('T'))).toBe(true)
    expect(ref.chains.filter((c) => !fresh3.some((j) => j.chainId === c.id)).map((c) => c.id)).toEqual([])
    expect(fresh3.filter((j) => j.chainId === NO_CHAIN).length).toBeGreaterThanOrEqual(8)
    expect(fresh3.filter((j) => !j.input.chainId && j.input.majorCodes.length === 0).length).toBeGreaterThanOrEqual(15)
    expect(fresh3.filter((j) => j.input.skills.length === 0).length).toBeGreaterThanOrEqual(3)
  })

  it('has a fresh4 split of at least 30 jobs, most chains and jobs outside them, some with neither chain nor named majors', () => {
    const fresh4 = set.filter((j) => j.split === 'fresh4')
    expect(fresh4.length).toBeGreaterThanOrEqual(30)
    expect(fresh4.every((j) => j.input.id.startsWith('U'))).toBe(true)
    expect(new Set(fresh4.map((j) => j.chainId)).size).toBeGreaterThanOrEqual(15)
    expect(fresh4.filter((j) => !j.input.chainId && j.input.majorCodes.length === 0).length).toBeGreaterThanOrEqual(10)
  })

  it('includes jobs with no chain given and jobs with no named majors, which the chain-only baseline cannot rank', () => {
    const blind = set.filter((j) => !j.input.chainId && j.input.majorCodes.length === 0)
    expect(blind.length).toBeGreaterThan(20)
    expect(set.filter((j) => j.input.majorCodes.length === 0).length / set.length).toBeGreaterThan(0.5)
    const baseline = chainOnlyBaseline(buildChainMajorMap(ref.chainMajors), ref.majors.map((m) => m.code))
    expect(evaluate(baseline, blind).overall.mrr).toBe(0)
  })
})
