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
  // No destructured pair: this runs for every held × required skill of a few hundred jobs per request.
  return x.length <= y.length ? x.length >= 2 && y.includes(x) : y.length >= 2 && x.includes(y)
}

type Held = { key: string; level?: SkillLevelKey }
const MATCHED = 0
const BELOW_LEVEL = 1
const MISSING = 2

/**
 * A person's skills, normalised once per list: one student's list is matched against a few hundred jobs per request.
 * Keyed by the list itself, so a new or changed profile (a new array) is normalised afresh.
 */
const heldLists = new WeakMap<readonly (string | SkillItem)[], readonly Held[]>()
function normaliseHeld(held: readonly (string | SkillItem)[]): readonly Held[] {
  let have = heldLists.get(held)
  if (!have) {
    have = held.map((h) => (typeof h === 'string' ? { key: norm(h) } : { key: norm(h.name), level: h.level }))
    heldLists.set(held, have)
  }
  return have
}

/** How one required skill stands against the held ones: the first held skill of the same name decides. */
function standing(have: readonly Held[], req: SkillItem): typeof MATCHED | typeof BELOW_LEVEL | typeof MISSING {
  const key = norm(req.name)
  let hit: Held | undefined
  for (const h of have) {
    if (sameNormalised(h.key, key)) {
      hit = h
      break
    }
  }
  if (!hit) return MISSING
  return req.level && hit.level && SKILL_LEVEL_RANK[hit.level] < SKILL_LEVEL_RANK[req.level] ? BELOW_LEVEL : MATCHED
}

const creditOf = (matched: number, belowLevel: number, required: number) => (required ? (matched + belowLevel / 2) / required : 0)

/**
 * Which required skills the person has. A skill held below the required level counts half: the
 * person is close, and hiding that would be less honest than showing it. Names are normalised once per call, not
 * once per pair: a student's recommendations compare their skills with a few hundred jobs' (NFKC and a regex per
 * comparison were a tenth of a recommendation's CPU).
 */
export function matchSkills(held: readonly (string | SkillItem)[], required: readonly SkillItem[]) {
  const have = normaliseHeld(held)
  const matched: string[] = []
  const belowLevel: string[] = []
  const missing: string[] = []
  for (const req of required) {
    const s = standing(have, req)
    if (s === MISSING) missing.push(req.name)
    else if (s === BELOW_LEVEL) belowLevel.push(req.name)
    else matched.push(req.name)
  }
  return { matched, belowLevel, missing, credit: creditOf(matched.length, belowLevel.length, required.length) }
}

/**
 * `matchSkills(held, required).credit` without the name lists: ranking scores a few hundred jobs per request and
 * reads only the credit, and the lists were the largest share of its garbage (decision 081).
 */
export function skillCredit(held: readonly (string | SkillItem)[], required: readonly SkillItem[]): number {
  const have = normaliseHeld(held)
  let matched = 0
  let belowLevel = 0
  for (const req of required) {
    const s = standing(have, req)
    if (s === MATCHED) matched++
    else if (s === BELOW_LEVEL) belowLevel++
  }
  return creditOf(matched, belowLevel, required.length)
}
