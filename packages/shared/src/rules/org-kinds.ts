import type { z } from 'zod'
import type { OrgKind } from '../contracts/enums'

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
