import { SKILL_LEVEL_RANK, type SkillLevelKey } from './vocab-keys'

export interface SkillItem { name: string; level?: SkillLevelKey }

/**
 * Skill names come from a small vocabulary that every recommendation meets again (a student's few hundred candidate
 * jobs repeat across students), so each name is normalised once per process rather than once per comparison.
 */
const normalised = new Map<string, string>()
const MAX_NORMALISED = 50_000
const norm = (s: string) => {
  let key = normalised.get(s)
  if (key === undefined) {
    if (normalised.size >= MAX_NORMALISED) normalised.clear()
    key = s.normalize('NFKC').toLowerCase().replace(/\s+/g, '')
    normalised.set(s, key)
  }
  return key
}

/** Same skill when equal after normalising, or when one name contains the other ("PLC" ⊂ "PLC编程"). */
function sameNormalised(x: string, y: string): boolean {
  if (!x || !y) return false
  if (x === y) return true
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  return short.length >= 2 && long.includes(short)
}

/**
 * Which required skills the person has. A skill held below the required level counts half: the
 * person is close, and hiding that would be less honest than showing it. Names are normalised once per call, not
 * once per pair: a student's recommendations compare their skills with a few hundred jobs' (NFKC and a regex per
 * comparison were a tenth of a recommendation's CPU).
 */
export function matchSkills(held: readonly (string | SkillItem)[], required: readonly SkillItem[]) {
  const have = held.map((h): { key: string; level?: SkillLevelKey } => (typeof h === 'string' ? { key: norm(h) } : { key: norm(h.name), level: h.level }))
  const matched: string[] = []
  const belowLevel: string[] = []
  const missing: string[] = []
  for (const req of required) {
    const key = norm(req.name)
    const hit = have.find((h) => sameNormalised(h.key, key))
    if (!hit) missing.push(req.name)
    else if (req.level && hit.level && SKILL_LEVEL_RANK[hit.level] < SKILL_LEVEL_RANK[req.level]) belowLevel.push(req.name)
    else matched.push(req.name)
  }
  const credit = required.length ? (matched.length + belowLevel.length / 2) / required.length : 0
  return { matched, belowLevel, missing, credit }
}
