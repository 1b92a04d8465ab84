import type { Prisma } from '@zhilian/db'

type Booking = { requestedByUserId: string | null; enterpriseOrgId: string }

/**
 * Who hears of a booking's outcome (approved, turned down, expired): the member who asked, while still a verified
 * member of the enterprise it was asked for. A member who has left the unit learns nothing more of its business
 * (decision 092); their colleagues hear instead, so the outcome still reaches the unit.
 */
export async function bookingNotices(tx: Prisma.TransactionClient, bookings: readonly Booking[], message: (i: number) => { title: string; body: string }) {
  const orgIds = [...new Set(bookings.map((b) => b.enterpriseOrgId))]
  const members = orgIds.length ? await tx.membership.findMany({ where: { orgId: { in: orgIds }, status: 'verified' }, select: { orgId: true, userId: true } }) : []
  const data = bookings.flatMap((b, i) => {
    const colleagues = members.filter((m) => m.orgId === b.enterpriseOrgId).map((m) => m.userId)
    const to = b.requestedByUserId && colleagues.includes(b.requestedByUserId) ? [b.requestedByUserId] : colleagues
    return to.map((userId) => ({ userId, ...message(i) }))
  })
  if (data.length) await tx.inboxMessage.createMany({ data })
}
