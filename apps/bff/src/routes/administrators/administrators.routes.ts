import { createRoute } from '@hono/zod-openapi'
import {
  AdministratorChoicesSchema,
  AdministratorCreatedSchema,
  AdministratorEnabledSchema,
  AdministratorListQuerySchema,
  AdministratorPageSchema,
  AdministratorSchema,
  CreateAdministratorBodySchema,
} from '@zhilian/shared/contracts/administrators'
import { IdParamSchema } from '@zhilian/shared/contracts/common'
import { MemberSignInResetSchema } from '@zhilian/shared/contracts/members'
import { access } from '../../lib/auth'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

const tags = ['admin']
const admin = access('admin')

export const listAdministrators = createRoute({
  method: 'get', path: '/', tags, ...admin,
  summary: 'The administrators the caller manages, newest first: all for the platform administrator, their side\'s city bureaus for 省教育厅 / 省工信厅 (decision 072); 403 for anyone else',
  request: { query: AdministratorListQuerySchema },
  responses: { 200: jsonContent(AdministratorPageSchema, 'One page of administrators'), ...problems(400, 401, 403) },
})

export const administratorChoices = createRoute({
  method: 'get', path: '/choices', tags, ...admin,
  summary: 'The scopes the caller may give a new administrator: departments, whether a provincial one, cities, groupings',
  responses: { 200: jsonContent(AdministratorChoicesSchema, 'What the 新增管理员 form offers'), ...problems(401, 403) },
})

export const createAdministrator = createRoute({
  method: 'post', path: '/', tags, ...admin,
  summary: 'Create an administrator in a scope the caller manages; answers its temporary password this once (decision 072)',
  request: { body: jsonBody(CreateAdministratorBodySchema) },
  responses: { 201: jsonContent(AdministratorCreatedSchema, 'The account and its temporary password, shown once'), ...problems(400, 401, 403, 409) },
})

export const resetAdministratorSignIn = createRoute({
  method: 'post', path: '/{id}/sign-in-reset', tags, ...admin,
  summary: "Reset a managed administrator's sign-in the way an owner resets a member's: temporary password once, every session ended, failures forgiven",
  request: { params: IdParamSchema },
  responses: { 201: jsonContent(MemberSignInResetSchema, 'The temporary password, shown once'), ...problems(401, 403, 404, 409) },
})

export const disableAdministrator = createRoute({
  method: 'post', path: '/{id}/disable', tags, ...admin,
  summary: 'Disable (retire) a managed administrator: every session ends and it signs in no more; never oneself or the last platform administrator',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(AdministratorSchema, 'The disabled account'), ...problems(401, 403, 404, 409) },
})

export const enableAdministrator = createRoute({
  method: 'post', path: '/{id}/enable', tags, ...admin,
  summary: 'Re-enable a disabled administrator the caller manages (decisions 074, 078): a one-time temporary password replaces its old one, shown once; its old sessions stay ended',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(AdministratorEnabledSchema, 'The re-enabled account and its temporary password, shown once'), ...problems(401, 403, 404, 409) },
})
