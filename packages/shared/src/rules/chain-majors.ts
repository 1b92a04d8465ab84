/**
 * Chain → major relevance (chain_majors.csv, or the administrators' edited copy in the database),
 * as a lookup the scorers can use without loading anything.
 */
export type MajorRelevance = 'core' | 'supporting' | 'core_secondary_vocational'
export type ChainMajorMap = Readonly<Record<string, Readonly<Record<string, MajorRelevance>>>>

export const RELEVANCE_LABELS: Record<MajorRelevance, string> = {
  core: '核心专业',
  core_secondary_vocational: '中职核心专业',
  supporting: '相关专业',
}

export function buildChainMajorMap(rows: readonly { chainId: string; majorCode: string; relevance: MajorRelevance }[]): ChainMajorMap {
  const map: Record<string, Record<string, MajorRelevance>> = {}
  for (const r of rows) (map[r.chainId] ??= {})[r.majorCode] = r.relevance
  return map
}

export function relevanceOf(map: ChainMajorMap, chainId: string | undefined, majorCode: string | undefined): MajorRelevance | undefined {
  return chainId && majorCode ? map[chainId]?.[majorCode] : undefined
}

/** The majors linked to a chain, in a fixed order (core first, then by code). */
export function majorsOfChain(map: ChainMajorMap, chainId: string): { majorCode: string; relevance: MajorRelevance }[] {
  const order: Record<MajorRelevance, number> = { core: 0, core_secondary_vocational: 1, supporting: 2 }
  return Object.entries(map[chainId] ?? {})
    .map(([majorCode, relevance]) => ({ majorCode, relevance }))
    .sort((a, b) => order[a.relevance] - order[b.relevance] || (a.majorCode < b.majorCode ? -1 : a.majorCode > b.majorCode ? 1 : 0))
}

/** The chains a major serves by the map, in id order: a major row's default 服务产业链. */
export function chainsOfMajor(map: ChainMajorMap, majorCode: string | undefined): string[] {
  if (!majorCode) return []
  return Object.keys(map).filter((chainId) => map[chainId]?.[majorCode] !== undefined).sort()
}

type ChainRow = { chainIds?: string[] | undefined }
type ChainedList = {
  majors?: ({ majorCode?: string } & ChainRow)[]
  equipment?: ChainRow[]
  researchProjects?: ChainRow[]
  trainingCourses?: ChainRow[]
}

/**
 * Fills every row that names no chain (附件1 ¹ "与产业链领域相关"): a major gets the chains the map links it
 * to; equipment, research projects and training courses get every chain the list's majors serve, since
 * they serve the college's related majors. Rows that name chains keep exactly what was entered. The phone
 * prefills with this and the BFF applies it when a list is stored, so both agree.
 */
export function fillChainIds<T extends ChainedList>(list: T, map: ChainMajorMap): T {
  const given = (r: ChainRow) => Array.isArray(r.chainIds) && r.chainIds.length > 0
  const majors = (list.majors ?? []).map((m) => (given(m) ? m : { ...m, chainIds: chainsOfMajor(map, m.majorCode) }))
  const served = [...new Set(majors.flatMap((m) => m.chainIds ?? []))].sort()
  const fill = <R extends ChainRow>(rows: R[] | undefined) => rows?.map((r) => (given(r) ? r : { ...r, chainIds: served }))
  return {
    ...list,
    ...(list.majors ? { majors } : {}),
    ...(list.equipment ? { equipment: fill(list.equipment) } : {}),
    ...(list.researchProjects ? { researchProjects: fill(list.researchProjects) } : {}),
    ...(list.trainingCourses ? { trainingCourses: fill(list.trainingCourses) } : {}),
  }
}
