import type { Prisma } from '@zhilian/db'
import type { OrgKind } from '@zhilian/shared'
import { effectScore, rankByScore, type EffectCounts, type EffectSide } from '@zhilian/shared/rules/effectiveness'
import type { AdminScope } from '@zhilian/shared/rules/admin-scope'
import { orgInScope } from '../lib/admin-scope'
import type { Db } from '../lib/types'
import { effectCounts, forSide } from './counts'

export interface RankingFilter { year: number; side: EffectSide; chainId?: string; cityCode?: string }
export interface RankedOrg { rank: number; id: string; name: string; total: number; counts: EffectCounts; org: { id: string; name: string; kind: keyof typeof OrgKind.labels; cityName: string } }

/**
 * The year's ranking of one side, narrowed to the administrator's scope (decision 021) and to a chain and a city
 * when asked; organisations with nothing counted are left out (a rank among zeros says nothing).
 */
export async function effectRanking(db: Db, scope: AdminScope, f: RankingFilter): Promise<RankedOrg[]> {
  const counts = await effectCounts(db, f.year)
  const where: Prisma.OrganizationWhereInput = {
    AND: [
      orgInScope(scope),
      { id: { in: [...counts.keys()] }, verification: 'verified' },
      f.side === 'college' ? { kind: 'college' } : { kind: { not: 'college' } },
      f.chainId ? { chains: { some: { chainId: f.chainId } } } : {},
      f.cityCode ? { cityCode: f.cityCode } : {},
    ],
  }
  const orgs = await db.organization.findMany({ where, select: { id: true, name: true, kind: true, city: { select: { name: true } } } })
  const rows = orgs.map((o) => {
    const c = forSide(counts.get(o.id), o.kind)
    return { id: o.id, name: o.name, total: effectScore(c).total, counts: c, org: { id: o.id, name: o.name, kind: o.kind, cityName: o.city.name } }
  })
  return rankByScore(rows.filter((r) => r.total > 0))
}
