import type { Prisma } from '@zhilian/db'

/** An inbox message to every verified member of an organisation, inside the caller's transaction. */
export async function notifyOrgMembers(tx: Prisma.TransactionClient, orgId: string, msg: { title: string; body: string; link?: string }) {
  const members = await tx.membership.findMany({ where: { orgId, status: 'verified' }, select: { userId: true } })
  if (!members.length) return
  await tx.inboxMessage.createMany({ data: members.map((m) => ({ userId: m.userId, ...msg })) })
}
