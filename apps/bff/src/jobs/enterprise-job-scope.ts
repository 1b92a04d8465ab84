import type { Prisma } from '@zhilian/db'
import { AppError } from '@zhilian/shared'
import type { Context } from 'hono'
import type { OrgPermission } from '@zhilian/shared/rules/org-roles'
import { currentUser } from '../lib/auth'
import { requireOrgPermission } from '../lib/org-access'
import type { AppBindings } from '../lib/types'
import { enterpriseJobSelect, type EnterpriseJobRow } from './enterprise-job.view'

/**
 * Enterprise routes find a job through the caller's own memberships: someone else's job is 404,
 * exactly like a missing one. A job of the caller's organisation whose membership an administrator
 * has not verified yet is 403 NOT_VERIFIED.
 */
const ofMyOrgs = (userId: string): Prisma.JobWhereInput => ({ org: { memberships: { some: { userId } } } })

/** `permission`: 'jobs' to change it, 'applicants' for its applicants, 'view' to read it (decision 028). */
export async function ownJob(c: Context<AppBindings>, id: string, permission: OrgPermission = 'jobs'): Promise<EnterpriseJobRow> {
  const user = currentUser(c)
  const job = await c.var.db.job.findFirst({ where: { id, ...ofMyOrgs(user.id) }, select: enterpriseJobSelect })
  if (!job) throw new AppError('NOT_FOUND', { userMessage: '岗位不存在' })
  requireOrgPermission(c, job.orgId, permission)
  return job
}

/** The organisation a new job is posted for: the one named, or the caller's only verified one. */
export function postingOrg(c: Context<AppBindings>, orgId: string | undefined): string {
  const user = currentUser(c)
  if (orgId) {
    requireOrgPermission(c, orgId, 'jobs')
    return orgId
  }
  const [only, ...others] = user.orgIds
  if (only && !others.length) requireOrgPermission(c, only, 'jobs')
  if (!only) throw new AppError('NOT_VERIFIED', { internal: `user ${user.id} has no verified organisation` })
  if (others.length) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'orgId', message: '您属于多个单位，请选择发布岗位的单位' }] })
  return only
}
