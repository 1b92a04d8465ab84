import type { Prisma } from '@zhilian/db'
import { AppError } from '@zhilian/shared'
import type { AdminScope } from '@zhilian/shared/rules/admin-scope'
import { managesAdministrators } from '@zhilian/shared/rules/administrators'
import { ADMINISTRATOR_FIELDS } from './view'

/**
 * The administrators `caller` manages, as a Prisma filter: the same rule as managesAdministrator (shared), which
 * the create path checks on the scope asked for. The platform administrator: all; 省教育厅 / 省工信厅: their own
 * side's city bureaus (decision 072).
 */
export function administratorsManagedBy(caller: AdminScope): Prisma.UserWhereInput {
  if (caller.department === 'all') return { role: 'admin' }
  if (!managesAdministrators(caller)) return { id: { in: [] } }
  return { role: 'admin', adminDepartment: caller.department, adminCityCode: { not: null } }
}

/** A city bureau or a consortium/park secretariat manages no administrator: 403 with who does. */
export function assertManagesAdministrators(caller: AdminScope) {
  if (!managesAdministrators(caller)) {
    throw new AppError('FORBIDDEN', { userMessage: '管理员账号由省级管理员或省教育厅、省工信厅开设，请联系上级部门', internal: `scope ${caller.department} manages no administrator` })
  }
}

/** One administrator `caller` manages; any other id (another side's, a province's, a non-administrator's) is 404. */
export async function managedAdministrator(db: Prisma.TransactionClient, caller: AdminScope, id: string) {
  const found = await db.user.findFirst({ where: { id, ...administratorsManagedBy(caller) }, select: ADMINISTRATOR_FIELDS })
  if (!found) throw new AppError('NOT_FOUND', { userMessage: '管理员账号不存在，请刷新列表' })
  return found
}
