import type { Prisma } from '@zhilian/db'

/**
 * The memberships that let their user act for an organisation: a verified one; and a pending one only while the
 * organisation's own registration is still under review (its registrant drafting lists and correcting details
 * before verification). A pending claim on an already verified organisation grants nothing (issue 10's matrix), nor
 * on a suspended one (decision 083): its claimants wait for 恢复 like any claimant of a verified unit.
 */
export const actingMembership = {
  OR: [{ status: 'verified' }, { status: { in: ['pending', 'changes_requested'] }, org: { verification: { notIn: ['verified', 'suspended'] } } }],
} satisfies Prisma.MembershipWhereInput
