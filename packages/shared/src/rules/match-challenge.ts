import { IpKind, ResearchLevel } from '../contracts/enums'
import { byScoreThenIds, listNames, round1 } from './rank'
import { terms } from './match-text/segment'
import { buildTermIndex, cover, type TermIndex } from './text-bm25'
import type { IpKindKey, ResearchLevelKey } from './vocab-keys'

/**
 * Technical challenge (企业出题) → colleges that can answer it (院校答题): evidence is how much of
 * each project, patent and equipment name the problem text holds, each word weighted by its idf over
 * every candidate item (text-bm25.ts: 研究, 系统, 装置 said by most items count little), then how
 * much related research, IP and equipment there is, then the faculty. A college with no related item at all is
 * left out. Weights: docs/decisions/005-explainable-scoring.md.
 */
export const CHALLENGE_WEIGHTS = { text: 40, projects: 20, patents: 15, equipment: 15, faculty: 10 } as const

/**
 * An item sharing at least this idf-weighted share of its name's terms with the problem counts as
 * related (words and bigrams both count, so a shared word weighs about twice a shared bigram).
 */
export const RELATED_OVERLAP = 0.2
const LEVEL_POINTS: Record<ResearchLevelKey, number> = { national: 5, provincial: 3, municipal: 2, enterprise: 2, school: 1 }
const IP_POINTS: Record<IpKindKey, number> = { invention_patent: 3, utility_patent: 2, software_copyright: 2, design_patent: 1 }
/** Points at which each evidence kind saturates: e.g. one national + one provincial project = 8. */
const SATURATE = { projects: 8, patents: 6, equipment: 3 } as const

export interface ChallengeForMatch { id: string; title: string; description: string; keywords?: readonly string[] }

export interface CollegeCapability {
  collegeId: string
  collegeName: string
  projects: readonly { name: string; level: ResearchLevelKey; closed?: boolean }[]
  patents: readonly { name: string; kind: IpKindKey }[]
  equipment: readonly { name: string; function?: string; shared?: boolean }[]
  faculty?: { fullTime: number; seniorShare: number }
}

export interface ChallengeMatch<C extends CollegeCapability = CollegeCapability> {
  college: C
  score: number
  reasons: string[]
  parts: { text: number; projects: number; patents: number; equipment: number; faculty: number }
}

const equipmentText = (e: CollegeCapability['equipment'][number]) => `${e.name} ${e.function ?? ''}`
const itemTexts = (c: CollegeCapability) => [...c.projects.map((p) => p.name), ...c.patents.map((p) => p.name), ...c.equipment.map(equipmentText)]

/** One college against a challenge; `corpus` indexes every candidate college's items (matchChallenge passes it). */
export function scoreCollegeForChallenge<C extends CollegeCapability>(ch: ChallengeForMatch, c: C, corpus: TermIndex = buildTermIndex(itemTexts(c))): ChallengeMatch<C> | null {
  const problem = [ch.title, ch.description, ...(ch.keywords ?? [])].join(' ')
  const query = new Set(terms(problem))
  const rate = <T extends { name: string }>(items: readonly T[], text: (t: T) => string = (t) => t.name) =>
    items.map((item) => ({ item, text: text(item), ...cover(corpus, text(item), (t) => (query.has(t) ? 1 : 0), problem) }))
      .map((x) => ({ ...x, sim: x.credit }))
      .filter((x) => x.sim >= RELATED_OVERLAP)
      .sort((a, b) => b.sim - a.sim)

  const projects = rate(c.projects)
  const patents = rate(c.patents)
  const equipment = rate(c.equipment, equipmentText)
  const best = [...projects, ...patents, ...equipment].sort((a, b) => b.sim - a.sim)[0]
  if (!best) return null

  const W = CHALLENGE_WEIGHTS
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0)
  const projectPts = sum(projects.map((p) => LEVEL_POINTS[p.item.level]))
  const patentPts = sum(patents.map((p) => IP_POINTS[p.item.kind]))
  const equipPts = sum(equipment.map((e) => (e.item.shared ? 1.5 : 1)))
  const f = c.faculty
  const parts = {
    text: round1(W.text * Math.min(1, best.sim)),
    projects: round1(W.projects * Math.min(1, projectPts / SATURATE.projects)),
    patents: round1(W.patents * Math.min(1, patentPts / SATURATE.patents)),
    equipment: round1(W.equipment * Math.min(1, equipPts / SATURATE.equipment)),
    faculty: f ? round1(W.faculty * (0.6 * Math.min(1, f.seniorShare / 0.5) + 0.4 * Math.min(1, f.fullTime / 20))) : 0,
  }

  const reasons = [`${c.collegeName}：最相关成果“${best.item.name}”，与难题描述重合 ${Math.round(best.sim * 100)}%（${listNames(best.words, 4)}）`]
  if (projects.length) {
    reasons.push(`相关科研项目 ${projects.length} 项：${listNames(projects.map((p) => `${p.item.name}（${ResearchLevel.labels[p.item.level]}${p.item.closed ? '，已结项' : ''}）`), 2)}`)
  }
  if (patents.length) {
    const kinds = [...new Set(patents.map((p) => IpKind.labels[p.item.kind]))]
    reasons.push(`相关知识产权 ${patents.length} 项（${kinds.join('、')}）：${listNames(patents.map((p) => p.item.name), 2)}`)
  }
  if (equipment.length) {
    const open = equipment.filter((e) => e.item.shared).length
    reasons.push(`相关设备 ${equipment.length} 台（套）：${listNames(equipment.map((e) => e.item.name), 2)}${open ? `，其中 ${open} 台（套）对外开放共享` : ''}`)
  }
  if (f) reasons.push(`师资：专任教师 ${f.fullTime} 人，高级职称占 ${Math.round(f.seniorShare * 100)}%`)

  const score = round1(Object.values(parts).reduce((s, x) => s + x, 0))
  return { college: c, score, reasons, parts }
}

export function matchChallenge<C extends CollegeCapability>(ch: ChallengeForMatch, colleges: readonly C[]): ChallengeMatch<C>[] {
  const corpus = buildTermIndex(colleges.flatMap(itemTexts))
  return colleges
    .map((c) => scoreCollegeForChallenge(ch, c, corpus))
    .filter((m): m is ChallengeMatch<C> => m !== null)
    .sort(byScoreThenIds((m) => [m.college.collegeId]))
}
