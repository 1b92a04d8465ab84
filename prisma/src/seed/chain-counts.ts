import type { PrismaClient } from '../../generated/client/client'

/**
 * The yearly report publishes a chain's supply–demand ratio only when enough of the chain's enterprises filed
 * (decision 019), against a per-chain enterprise count an administrator records with its source. No sourced
 * count exists for the demo's fictional enterprises, so without this every demo ratio would read "withheld".
 * The demo records a made-up count per chain, labelled as such, chosen so the three outcomes all appear:
 * most chains published, some marked 仅供参考, a few withheld. A real deployment records real counts.
 */
export const DEMO_COUNT_SOURCE = '演示数据：虚构的链上企业总数，仅用于体验报告的覆盖率口径；正式使用时由管理员按统计部门口径录入'

/** Target coverage of chain number `i` (0-based, by sort order): ≥ 50 % publishes, 20–50 % flags, < 20 % withholds. */
export function demoCoverage(i: number): number {
  if (i % 9 === 7) return 0.12
  if (i % 7 === 4) return 0.35
  return 0.55 + (i % 4) * 0.1
}

export async function recordDemoChainCounts(tx: PrismaClient, year: number): Promise<void> {
  const chains = await tx.industryChain.findMany({ orderBy: { sortOrder: 'asc' }, select: { id: true } })
  const byChain = await tx.job.groupBy({ by: ['chainId', 'orgId'], where: { chainId: { not: null } } })
  const filed = new Map<string, number>()
  for (const row of byChain) if (row.chainId) filed.set(row.chainId, (filed.get(row.chainId) ?? 0) + 1)
  for (const [i, chain] of chains.entries()) {
    const enterprises = filed.get(chain.id) ?? 0
    if (enterprises === 0) continue
    await tx.industryChain.update({
      where: { id: chain.id },
      data: { knownEnterprises: Math.ceil(enterprises / demoCoverage(i)), knownEnterprisesSource: DEMO_COUNT_SOURCE, knownEnterprisesYear: year },
    })
  }
}
