import {
  AdministratorChoicesSchema,
  AdministratorCreatedSchema,
  AdministratorEnabledSchema,
  AdministratorPageSchema,
  AdministratorSchema,
  type CreateAdministratorBodySchema,
} from '@zhilian/shared/contracts/administrators'
import { MemberSignInResetSchema } from '@zhilian/shared/contracts/members'
import type { z } from 'zod'
import { call } from './request'

/** 管理员账号 (decision 072): the administrators the signed-in administrator manages, newest first. */
export function fetchAdministrators(cursor: string | null) {
  return call('get', '/api/admin/administrators', { query: { cursor }, schema: AdministratorPageSchema })
}

/** The scopes the 新增管理员 form may offer. */
export function fetchAdministratorChoices() {
  return call('get', '/api/admin/administrators/choices', { schema: AdministratorChoicesSchema })
}

/** A new administrator; the answer holds its temporary password, shown this once. */
export function createAdministrator(body: z.output<typeof CreateAdministratorBodySchema>) {
  return call('post', '/api/admin/administrators', { body, schema: AdministratorCreatedSchema })
}

export function resetAdministratorSignIn(id: string) {
  return call('post', '/api/admin/administrators/:id/sign-in-reset', { param: { id }, schema: MemberSignInResetSchema })
}

export function disableAdministrator(id: string) {
  return call('post', '/api/admin/administrators/:id/disable', { param: { id }, schema: AdministratorSchema })
}

/** 重新启用 (decisions 074, 078): the account and the one-time temporary password that replaces its old one. */
export function enableAdministrator(id: string) {
  return call('post', '/api/admin/administrators/:id/enable', { param: { id }, schema: AdministratorEnabledSchema })
}
