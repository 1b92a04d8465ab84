import type { z } from 'zod'
import { OrgKind } from '../contracts/enums'
import { kindsWith, UNIT_KINDS } from './org-kinds'
import { PROJECT_SOURCE_LABELS, type ProjectSource } from './projects'

type Kind = z.infer<typeof OrgKind.schema>

/**
 * The two sides of a project of each source (decisions 100 and 107): every source is 校企 cooperation, one party
 * from each side. A 签约 at a matchmaking event is between a college or research institute and an enterprise-side
 * unit (two enterprises signing with each other, or two colleges, entered 成效 as 产教 cooperation); a 揭榜挂帅
 * challenge is an enterprise's (附件2) taken by a college; shared equipment is a college's, booked by a unit that
 * books; a training and an 订单班 are a college's for a 单位. The BFF refuses any other pair; the form's partner
 * picker offers only the kinds that fit.
 */
export const PROJECT_PARTIES: Record<ProjectSource, readonly [readonly Kind[], readonly Kind[]]> = {
  event_signing: [['college', 'research_institute'], ['enterprise', 'industry_org', 'service_provider']],
  challenge: [['college'], kindsWith('demand_list')],
  equipment_booking: [['college'], kindsWith('equipment')],
  training: [['college'], UNIT_KINDS],
  order_class: [['college'], UNIT_KINDS],
}

/** The kinds a partner of a unit of `mine`'s kind may be in a project of `source`; none when `mine` is on no side. */
export function partnerKinds(source: ProjectSource, mine: Kind): readonly Kind[] {
  const [a, b] = PROJECT_PARTIES[source]
  if (a.includes(mine)) return b
  return b.includes(mine) ? a : []
}

/** Every 单位 kind reads 企业等单位, as the 订单班 refusal read (decision 100). */
const names = (kinds: readonly Kind[]) =>
  UNIT_KINDS.every((k) => kinds.includes(k)) ? '企业等单位' : kinds.map((k) => OrgKind.labels[k]).join('、')

/**
 * Why two units cannot be a project's parties, in words the starter can act on, or null when they can. `field` says
 * whose kind is wrong: the starter's own (`orgId`: it may start no project of this source) or the partner's.
 */
export function projectPartiesProblem(source: ProjectSource, mine: Kind, other: Kind): { field: 'orgId' | 'partnerOrgId'; message: string } | null {
  const fit = partnerKinds(source, mine)
  if (fit.includes(other)) return null
  const [a, b] = PROJECT_PARTIES[source]
  const label = PROJECT_SOURCE_LABELS[source]
  const between = `${label}项目由${names(a)}与${names(b)}双方建立`
  return fit.length
    ? { field: 'partnerOrgId', message: `${between}，合作单位应为${names(fit)}` }
    : { field: 'orgId', message: `${between}，${OrgKind.labels[mine]}不能建立${label}项目` }
}
