import type { Prisma } from '@zhilian/db'

type Tx = Prisma.TransactionClient

/** The applications a student still waits on: a job going offline or coming back changes something for them. */
const WAITING = ['submitted', 'viewed', 'interview', 'offer'] as const

/**
 * One inbox message per waiting application on the jobs the suspension (or the restore) just moved, inside its
 * transaction: the move and the messages land together, and a second tap is refused before reaching here (the unit
 * is no longer in the state it needs), so each application hears once per suspension. Not the department's reason:
 * that is the unit's members' to read (decision 101); 我的投递 explains the rest.
 */
export async function tellApplicants(tx: Tx, jobIds: readonly string[], change: 'offline' | 'back') {
  if (jobIds.length === 0) return 0
  const applications = await tx.application.findMany({
    where: { jobId: { in: [...jobIds] }, status: { in: [...WAITING] } },
    select: { id: true, studentUserId: true, job: { select: { title: true, org: { select: { name: true } } } } },
  })
  const data = applications.map((a) => ({
    userId: a.studentUserId,
    link: `/pages/applications/index?id=${a.id}`,
    ...(change === 'offline'
      ? { title: '投递的岗位已下线', body: `您投递的「${a.job.title}」（${a.job.org.name}）已随该单位被主管部门暂停而下线。您的投递记录仍保留，单位恢复后岗位重新上线，可在「我的投递」查看。` }
      : { title: '投递的岗位已重新上线', body: `您投递的「${a.job.title}」（${a.job.org.name}）已随该单位恢复而重新上线，您的投递继续有效。` }),
  }))
  if (data.length) await tx.inboxMessage.createMany({ data })
  return data.length
}
