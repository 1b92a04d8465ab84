import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { majorProfiles, reference } from './index'

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8')
const README = read('../../../../README.md')
const SOURCES = read('../../data/SOURCES.md')
/** "1,416" → 1416 */
const num = (s: string) => Number(s.replaceAll(',', ''))
/** Every number a document states with `pattern`'s first group; the pattern must be found at least once. */
function stated(doc: string, pattern: RegExp): number[] {
  const found = [...doc.matchAll(pattern)].map((m) => num(m[1]!))
  expect(found.length, `${pattern} is stated`).toBeGreaterThan(0)
  return found
}

// The README and SOURCES.md state the catalogue's size, as the audit log's first line does (载入专业目录，共 N 个专业,
// prisma/src/seed/majors.test.ts): each must be the count of majors.csv, so a catalogue update that misses one of them
// fails here (decision 046).
describe('every place that states the size of the major catalogue agrees with the data', () => {
  const { majors } = reference()
  const level = (l: string) => majors.filter((m) => m.level === l && m.status === 'active').length

  it('README: majors, major profiles and each level', () => {
    for (const n of stated(README, /majors\.csv, ([\d,]+) majors/g)) expect(n).toBe(majors.length)
    for (const n of stated(README, /\(([\d,]+) majors: the 2021 catalogue/g)) expect(n).toBe(majors.length)
    for (const n of stated(README, /the ([\d,]+) major profiles/gi)) expect(n).toBe(majorProfiles().length)
    expect(stated(README, /July 2026 has it \(([\d,]+) majors/g)).toEqual([level('高职专科')])
    expect(stated(README, /中职 \(([\d,]+)\) and 职业本科/g)).toEqual([level('中职')])
    expect(stated(README, /职业本科 \(([\d,]+)\) as\s+published/g)).toEqual([level('职业本科')])
  })

  it('SOURCES.md: the catalogue with its levels, and one profile per major', () => {
    const [m] = [...SOURCES.matchAll(/## majors\.csv — .*: ([\d,]+) majors \(([\d,]+) 中职 \+ ([\d,]+) 高职专科 \+ ([\d,]+) 职业本科\)/g)]
    expect(m, 'the majors.csv heading states the count').toBeDefined()
    expect([num(m![1]!), num(m![2]!), num(m![3]!), num(m![4]!)]).toEqual([majors.length, level('中职'), level('高职专科'), level('职业本科')])
    expect(stated(SOURCES, /## major_profiles\.csv — .*\(([\d,]+) rows\)/g)).toEqual([majorProfiles().length])
    expect(majorProfiles().length).toBe(majors.length)
  })

})
