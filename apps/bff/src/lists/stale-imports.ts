import type { Db } from '../lib/types'

/**
 * Imports are worked in-process; a restart mid-way leaves their row unfinished (the list itself is
 * untouched, its write being one transaction). Called at start-up, this marks such rows failed so
 * the phone stops polling and asks for the file again.
 */
export async function failInterruptedImports(db: Db, startedBefore = new Date()): Promise<number> {
  const { count } = await db.importJob.updateMany({
    where: { status: { in: ['queued', 'parsing', 'validating', 'writing'] }, createdAt: { lt: startedBefore } },
    data: {
      status: 'failed', progress: 100, finishedAt: new Date(),
      issues: [{ path: '', message: '服务重启导致导入中断，清单未作任何改动，请重新上传' }],
    },
  })
  return count
}
