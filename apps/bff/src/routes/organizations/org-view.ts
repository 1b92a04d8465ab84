import type { Prisma } from '@zhilian/db'
import type { OrgIdentityChange } from '@zhilian/shared/contracts/organizations'

/** What OrgSchema needs, read in one query. */
export const orgSelect = {
  id: true, kind: true, name: true, uscc: true, cityCode: true, address: true, nature: true, industryCode: true, intro: true,
  verification: true, reviewNote: true, contactName: true, contactPhone: true, contactTitle: true, contactEmail: true,
  pendingChange: true, changeRequestedAt: true,
  chains: { select: { chainId: true } },
  labels: { select: { labelId: true, verified: true } },
} satisfies Prisma.OrganizationSelect

type OrgRow = Prisma.OrganizationGetPayload<{ select: typeof orgSelect }>

export function orgView(org: OrgRow, membership: { status: OrgRow['verification']; isOwner: boolean }) {
  const { chains, labels, pendingChange, changeRequestedAt, ...rest } = org
  return {
    ...rest,
    pendingChange: changeRequestedAt ? { ...(pendingChange as OrgIdentityChange), requestedAt: changeRequestedAt.toISOString() } : null,
    chains: chains.map((c) => c.chainId),
    labels: labels.map((l) => ({ id: l.labelId, verified: l.verified })),
    membership,
  }
}
