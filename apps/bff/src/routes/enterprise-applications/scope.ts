import { AppError } from '@zhilian/shared'
import type { Prisma } from '@zhilian/db'
import type { Context } from 'hono'
import { currentUser } from '../../lib/auth'
import { requireOrgPermission } from '../../lib/org-access'
import type { AppBindings } from '../../lib/types'
import { pipelineSelect, type PipelineApplication } from '../../applications/pipeline'

/** An application to one of the caller's organisations' jobs; anyone else's is 404. */
export const applicationOfMyOrgs = (userId: string): Prisma.ApplicationWhereInput => ({ job: { org: { memberships: { some: { userId } } } } })

export async function ownApplication(c: Context<AppBindings>, tx: Prisma.TransactionClient, id: string): Promise<PipelineApplication> {
  const user = currentUser(c)
  const app = await tx.application.findFirst({ where: { id, ...applicationOfMyOrgs(user.id) }, select: pipelineSelect })
  if (!app) throw new AppError('NOT_FOUND', { userMessage: '投递记录不存在' })
  requireOrgPermission(c, app.job.orgId, 'applicants')
  return app
}

/** One interview of an application to the caller's units' jobs, for moving or cancelling it; anyone else's is 404. */
export async function ownInterview(c: Context<AppBindings>, tx: Prisma.TransactionClient, id: string) {
  const user = currentUser(c)
  const row = await tx.interview.findFirst({ where: { id, application: applicationOfMyOrgs(user.id) }, select: { id: true, application: { select: { job: { select: { orgId: true } } } } } })
  if (!row) throw new AppError('NOT_FOUND', { userMessage: '面试不存在或已被删除' })
  requireOrgPermission(c, row.application.job.orgId, 'applicants')
  return row
}
