import type { Prisma } from '@zhilian/db'
import type { Administrator } from '@zhilian/shared/contracts/administrators'
import { reference } from '@zhilian/shared/reference'
import { scopeLabel } from '@zhilian/shared/rules/admin-scope'
import { adminScopeOf } from '../lib/admin-scope'
import { maskedIfPhone } from '../lib/phone-mask'

/** What an administrator's row is read with wherever one is answered. */
export const ADMINISTRATOR_FIELDS = {
  id: true, displayName: true, username: true, adminDepartment: true, adminCityCode: true, adminGroupingId: true,
  passwordTemporaryAt: true, deletedAt: true, disabledBy: true, createdAt: true,
} satisfies Prisma.UserSelect
type Row = Prisma.UserGetPayload<{ select: typeof ADMINISTRATOR_FIELDS }>

/**
 * A city of the province by adcode, from the reference list itself rather than the City table: a production
 * database nobody has started yet has no reference rows, and the bootstrap command must still know 淄博 (072).
 */
export const provinceCity = (adcode: string) => reference().cities.find((c) => c.adcode === adcode)

/**
 * Administrators as the 管理员账号 page shows them, each scope in the words the admin area's heading uses
 * (scopeLabel, decision 021); the grouping names of the whole page are read in one query.
 */
export async function administratorViews(db: Prisma.TransactionClient, rows: readonly Row[], callerId: string | null): Promise<Administrator[]> {
  const groupingIds = [...new Set(rows.flatMap((r) => (r.adminGroupingId ? [r.adminGroupingId] : [])))]
  const groupings = groupingIds.length ? await db.grouping.findMany({ where: { id: { in: groupingIds } }, select: { id: true, name: true } }) : []
  const groupingName = new Map(groupings.map((g) => [g.id, g.name]))
  return rows.map((r) => {
    const scope = adminScopeOf(r)
    return {
      id: r.id, displayName: maskedIfPhone(r.displayName), username: r.username,
      department: scope.department, cityCode: scope.cityCode, groupingId: scope.groupingId,
      scopeLabel: scopeLabel(scope, { city: scope.cityCode ? provinceCity(scope.cityCode)?.name : null, grouping: scope.groupingId ? groupingName.get(scope.groupingId) : null }),
      passwordTemporary: r.passwordTemporaryAt !== null, disabledAt: r.deletedAt?.toISOString() ?? null, disabledBy: r.deletedAt ? r.disabledBy : null,
      self: r.id === callerId, createdAt: r.createdAt.toISOString(),
    }
  })
}
