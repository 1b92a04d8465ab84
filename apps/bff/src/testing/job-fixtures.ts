import type { Harness } from './harness'

/** A booth at a fair showing one job (no factory exists for booths yet). */
export async function createBooth(prisma: Harness['prisma'], eventId: string, orgId: string, jobId: string, status: 'applied' | 'approved') {
  return prisma.booth.create({ data: { eventId, orgId, status, number: 'A-12', jobs: { create: [{ jobId }] } } })
}
