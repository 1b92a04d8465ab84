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
