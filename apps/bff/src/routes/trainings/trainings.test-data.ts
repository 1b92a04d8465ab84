import { createCollege } from '@zhilian/db/factories'
import type { Harness } from '../../testing/harness'

let year = 2000

/** A college with a supply list in `status` holding one course (no factory exists for courses yet). */
export async function createCourse(
  prisma: Harness['prisma'],
  course: Partial<{ title: string; chainId: string | null; cityCode: string | null; format: 'online' | 'offline' | 'hybrid'; seatsPerSession: number | null; yearlyCapacity: number; startDate: Date | null }> = {},
  status: 'approved' | 'submitted' = 'approved',
) {
  const college = await createCollege(prisma)
  const list = await prisma.supplyList.create({ data: { collegeId: college.id, year: ++year, status, ...(status === 'approved' ? { approvedVersion: 1 } : {}) } })
  const { chainId = 'SD-C02', ...fields } = course
  return prisma.trainingCourse.create({
    data: {
      listId: list.id,
      title: '数控加工技术提升班',
      content: '数控车床编程与操作实训',
      chains: { create: chainId ? [{ chainId }] : [] },
      format: 'offline',
      periodDays: 5,
      hours: 40,
      yearlyCapacity: 200,
      seatsPerSession: 30,
      cityCode: '370300',
      startDate: new Date(Date.now() + 14 * 86_400_000),
      ...fields,
    },
  })
}
