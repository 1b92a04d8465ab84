import { describe, expect, it } from 'vitest'
import { DemandListInput } from './demand-list'
import { sampleDemandList, sampleSupplyList } from './list-samples'
import { SupplyListInput } from './supply-list'

/** Every leaf swapped for a value of the wrong type (and every array for a non-array). */
function wrongTypes(value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) return depth % 2 === 0 ? value.map((v) => wrongTypes(v, depth + 1)) : 'x'
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wrongTypes(v, depth + 1)]))
  return typeof value === 'string' ? 12 : 'x'
}

/** Every field removed, leaving the containers. */
function blanks(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(() => ({}))
  return Object.fromEntries(Object.keys(value as object).map((k) => [k, undefined]))
}

const CJK = /[\u4e00-\u9fa5]/

describe.each([
  ['SupplyListInput', SupplyListInput, sampleSupplyList] as const,
  ['DemandListInput', DemandListInput, sampleDemandList] as const,
])('%s speaks Chinese on every constraint', (_name, schema, sample) => {
  it('for wrong types everywhere', () => {
    const result = schema.safeParse(wrongTypes(sample()))
    expect(result.success).toBe(false)
    const english = result.success ? [] : result.error.issues.filter((i) => !CJK.test(i.message))
    expect(english).toEqual([])
    expect(result.success ? 0 : result.error.issues.length).toBeGreaterThan(10)
  })

  it('for missing fields, at the top and in every row', () => {
    const v = sample() as Record<string, unknown>
    const emptied = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, Array.isArray(x) ? blanks(x) : undefined]))
    const result = schema.safeParse(emptied)
    expect(result.success).toBe(false)
    const english = result.success ? [] : result.error.issues.filter((i) => !CJK.test(i.message))
    expect(english).toEqual([])
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toContain('必填')
  })
})
