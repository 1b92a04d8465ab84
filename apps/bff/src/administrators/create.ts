import { AppError } from '@zhilian/shared'
import { TEMPORARY_PASSWORD_HOURS } from '@zhilian/shared/contracts/account'
import type { AdministratorCreated, CreateAdministratorBodySchema } from '@zhilian/shared/contracts/administrators'
import type { AdminScope } from '@zhilian/shared/rules/admin-scope'
import { managesAdministrator } from '@zhilian/shared/rules/administrators'
import type { z } from 'zod'
import { audit } from '../lib/audit'
import { temporaryCredentials } from '../lib/sign-in-reset'
import type { Db } from '../lib/types'
import { isUniqueViolation } from '../lib/unique-violation'
import { assertManagesAdministrators } from './managed'
import { ADMINISTRATOR_FIELDS, administratorViews, provinceCity } from './view'

type NewAdministrator = z.output<typeof CreateAdministratorBodySchema>

/** Who creates: an administrator through the API, or the bootstrap command (no person: recorded as the system). */
export interface Creator { userId: string | null; scope: AdminScope }

const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', { userMessage: message, issues: [{ path, message }] })

/** The city or grouping the scope names must exist: a typo would make an administrator who governs nothing. */
async function assertScopeExists(db: Db, scope: AdminScope) {
  if (scope.cityCode && !provinceCity(scope.cityCode)) {
    throw invalid('scope.cityCode', `没有代码为 ${scope.cityCode} 的城市，请从列表中选择城市`)
  }
  if (scope.groupingId && !(await db.grouping.findUnique({ where: { id: scope.groupingId }, select: { id: true } }))) {
    throw invalid('scope.groupingId', '该联合体或园区不存在，请刷新后重新选择')
  }
}

/**
 * A new administrator account (decision 072), the one way both the API and `npm run admin:create` make one: the
 * scope must be one the creator manages, the name is the unique index's to refuse (a race answers 409 like a
 * taken name), and the account starts on a temporary password exactly as after 重置登录 (lib/sign-in-reset.ts),
 * shown in this answer only; the first sign-in must replace it. Audited with the name and scope, never the password.
 */
export async function createAdministrator(db: Db, body: NewAdministrator, creator: Creator): Promise<AdministratorCreated> {
  assertManagesAdministrators(creator.scope)
  const scope: AdminScope = body.scope
  if (!managesAdministrator(creator.scope, scope)) {
    throw new AppError('FORBIDDEN', { userMessage: '您只能为本部门新增市级部门的管理员账号；其他范围请联系省级管理员', internal: `${creator.scope.department} may not create ${scope.department}` })
  }
  await assertScopeExists(db, scope)
  const { stored, shown } = await temporaryCredentials(body.username)
  try {
    const administrator = await db.$transaction(async (tx) => {
      const row = await tx.user.create({
        data: {
          role: 'admin', username: body.username, displayName: body.displayName, ...stored,
          // A stored null department is the province (decision 021); event-access.ts reads it that way.
          adminDepartment: scope.department === 'all' ? null : scope.department, adminCityCode: scope.cityCode, adminGroupingId: scope.groupingId,
        },
        select: ADMINISTRATOR_FIELDS,
      })
      const [view] = await administratorViews(tx, [row], creator.userId)
      await audit(tx, {
        actorUserId: creator.userId, action: 'administrator.created', entity: 'User', entityId: row.id,
        diff: { member: view!.displayName, username: body.username, scope: view!.scopeLabel, hours: TEMPORARY_PASSWORD_HOURS },
      })
      return view!
    })
    return { administrator, signIn: shown(body.displayName) }
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('DUPLICATE', { userMessage: `账号名 ${body.username} 已被使用（含已停用的账号），请换一个`, issues: [{ path: 'username', message: '该账号名已被使用' }] })
    }
    throw error
  }
}
