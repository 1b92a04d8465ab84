import { AppError } from '@zhilian/shared'
import { reference } from '@zhilian/shared/reference'
import { creatableDepartments } from '@zhilian/shared/rules/administrators'
import type { Prisma } from '@zhilian/db'
import { createAdministrator } from '../../administrators/create'
import { disableAdministrator } from '../../administrators/disable'
import { enableAdministrator } from '../../administrators/enable'
import { administratorsManagedBy, assertManagesAdministrators, managedAdministrator } from '../../administrators/managed'
import { ADMINISTRATOR_FIELDS, administratorViews } from '../../administrators/view'
import { scopeOf } from '../../lib/admin-scope'
import { currentUser } from '../../lib/auth'
import { afterDated, datedKey, keysetPage, pageTake } from '../../lib/paging'
import { resetSignIn, type ResetTarget } from '../../lib/sign-in-reset'
import type { AppRouteHandler } from '../../lib/types'
import type * as routes from './administrators.routes'

/** Administrator accounts (decision 072); who manages whom is administrators/managed.ts. */
export const listAdministrators: AppRouteHandler<typeof routes.listAdministrators> = async (c) => {
  const user = currentUser(c)
  const scope = scopeOf(user)
  assertManagesAdministrators(scope)
  const { cursor, limit } = c.req.valid('query')
  const rows = await c.var.db.user.findMany({
    where: { ...administratorsManagedBy(scope), ...afterDated('createdAt', 'desc', cursor) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: pageTake(limit),
    select: ADMINISTRATOR_FIELDS,
  })
  const { items, nextCursor } = keysetPage(rows, limit, (r) => datedKey(r.createdAt, r.id))
  return c.json({ items: await administratorViews(c.var.db, items, user.id), nextCursor }, 200)
}

export const administratorChoices: AppRouteHandler<typeof routes.administratorChoices> = async (c) => {
  const scope = scopeOf(currentUser(c))
  assertManagesAdministrators(scope)
  const departments = creatableDepartments(scope)
  const groupings = departments.includes('grouping')
    ? await c.var.db.grouping.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } })
    : []
  const cities = reference().cities.map(({ adcode, name }) => ({ adcode, name }))
  return c.json({ departments, provinceLevel: scope.department === 'all', cities, groupings }, 200)
}

export const createAdministratorHandler: AppRouteHandler<typeof routes.createAdministrator> = async (c) => {
  const user = currentUser(c)
  const created = await createAdministrator(c.var.db, c.req.valid('json'), { userId: user.id, scope: scopeOf(user) })
  return c.json(created, 201)
}

/** The administrator whose sign-in may be reset: managed by the caller, still enabled, with a name to sign in with. */
async function resettable(db: Prisma.TransactionClient, user: { id: string; scope: ReturnType<typeof scopeOf> }, id: string): Promise<ResetTarget> {
  const target = await managedAdministrator(db, user.scope, id)
  if (target.id === user.id) throw new AppError('INVALID_TRANSITION', { userMessage: '自己的密码请在“账号安全”中修改', internal: 'self reset' })
  if (target.deletedAt) throw new AppError('INVALID_TRANSITION', { userMessage: '该管理员账号已停用，不能重置登录', internal: `administrator ${id} disabled` })
  if (!target.username) throw new AppError('INVALID_TRANSITION', { userMessage: '该管理员通过微信登录，没有账号名和密码，无需重置' })
  return { userId: target.id, username: target.username, displayName: target.displayName, recordId: target.id }
}

export const resetAdministratorSignIn: AppRouteHandler<typeof routes.resetAdministratorSignIn> = async (c) => {
  const user = currentUser(c)
  const caller = { id: user.id, scope: scopeOf(user) }
  const { id } = c.req.valid('param')
  const { db } = c.var
  const target = await resettable(db, caller, id)
  const shown = await resetSignIn(db, target, (tx) => resettable(tx, caller, id), { actorUserId: user.id, action: 'administrator.sign_in_reset', entity: 'User' })
  return c.json(shown, 201)
}

export const disableAdministratorHandler: AppRouteHandler<typeof routes.disableAdministrator> = async (c) => {
  const user = currentUser(c)
  const disabled = await disableAdministrator(c.var.db, { id: user.id, scope: scopeOf(user) }, c.req.valid('param').id)
  return c.json(disabled, 200)
}

export const enableAdministratorHandler: AppRouteHandler<typeof routes.enableAdministrator> = async (c) => {
  const user = currentUser(c)
  const enabled = await enableAdministrator(c.var.db, { id: user.id, scope: scopeOf(user) }, c.req.valid('param').id)
  return c.json(enabled, 200)
}
