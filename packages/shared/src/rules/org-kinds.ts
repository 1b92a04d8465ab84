import type { z } from 'zod'
import { OrgKind } from '../contracts/enums'

type Kind = z.infer<typeof OrgKind.schema>

/**
 * Which account role members of each organisation kind sign in with (decision 022): colleges their own, every
 * other kind the 单位 (enterprise) account, whose workbench then shows only the pages that fit the kind.
 */
export const roleForKind = (kind: Kind): 'college' | 'enterprise' => (kind === 'college' ? 'college' : 'enterprise')

/** The 单位 kinds an enterprise-role account may register. */
export const UNIT_KINDS = ['enterprise', 'research_institute', 'industry_org', 'service_provider'] as const satisfies readonly Kind[]

/** Pages of the 单位 workbench. */
export type UnitPage = 'jobs' | 'demand_list' | 'matches' | 'equipment' | 'fairs' | 'organise_events'

/**
 * What each 单位 kind does on the platform: enterprises fill 附件2 and everything that follows from it; a research
 * institute recruits, books equipment and exhibits; an industry organisation organises matchmaking events and
 * exhibits (policy 001 三(三)); a service provider (training, HR) recruits and exhibits.
 */
export const UNIT_PAGES: Record<(typeof UNIT_KINDS)[number], UnitPage[]> = {
  enterprise: ['jobs', 'demand_list', 'matches', 'equipment', 'fairs'],
  research_institute: ['jobs', 'equipment', 'fairs'],
  industry_org: ['organise_events', 'fairs'],
  service_provider: ['jobs', 'fairs'],
}

/** The kinds whose members may use `page`. */
export const kindsWith = (page: UnitPage): Kind[] => UNIT_KINDS.filter((k) => UNIT_PAGES[k].includes(page))

/**
 * What a member of these organisation kinds is on the 单位 side: its kind's name when all their units are of one kind
 * (企业, 科研院所 …), 单位 otherwise — several kinds, or none yet (an account that has not registered or joined a unit
 * may become any of them). A research institute's staff read 企业 and 企业工作台 (decision 084).
 */
export function unitKindLabel(kinds: readonly Kind[]): string {
  const units = UNIT_KINDS.filter((k) => kinds.includes(k))
  return units.length === 1 ? OrgKind.labels[units[0]!] : '单位'
}

/** The 单位 workbench's name for a member of these kinds: 企业工作台, 科研院所工作台 … or 单位工作台. */
export const unitWorkbenchTitle = (kinds: readonly Kind[]): string => `${unitKindLabel(kinds)}工作台`
