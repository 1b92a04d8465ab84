import { createRoute } from '@hono/zod-openapi'
import {
  AccountSecuritySchema,
  ChangePasswordBodySchema,
  LinkWebAccountBodySchema,
  RecoveryCodeSetSchema,
  RegenerateRecoveryCodesBodySchema,
  WebLoginBodySchema,
  WebLoginResultSchema,
} from '@zhilian/shared/contracts/account'
import { SessionSchema } from '@zhilian/shared/contracts/auth'
import { access } from '../../lib/auth'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

// Everyone's own sign-in settings (我的 → 账号安全, decisions 059 and 063): any account with a password changes it
// and keeps recovery codes. 设置网页登录 stays the student's: staff accounts get their name from their organisation.
const tags = ['account']

export const security = createRoute({
  method: 'get', path: '/security', tags, ...access(),
  summary: 'What 账号安全 shows: the sign-in name, whether WeChat is linked, how many recovery codes are left, whether 设置网页登录 is offered',
  responses: { 200: jsonContent(AccountSecuritySchema, 'The sign-in settings'), ...problems(401, 403) },
})

export const changePassword = createRoute({
  method: 'post', path: '/password', tags, ...access(),
  summary: 'Change the password (the current one required); every other session ends, and the answer is a new session for this one',
  request: { body: jsonBody(ChangePasswordBodySchema) },
  responses: { 200: jsonContent(SessionSchema, 'Password changed; use the new token'), ...problems(400, 401, 403, 409, 429) },
})

export const regenerateRecoveryCodes = createRoute({
  method: 'post', path: '/recovery-codes', tags, ...access(),
  summary: 'A new set of recovery codes (the password required); every code of the old set stops working',
  request: { body: jsonBody(RegenerateRecoveryCodesBodySchema) },
  responses: { 201: jsonContent(RecoveryCodeSetSchema, 'The new codes, shown once'), ...problems(400, 401, 403, 409, 429) },
})

export const webLogin = createRoute({
  method: 'post', path: '/web-login', tags, ...access('student'),
  summary: 'A student who signed in through WeChat sets the account name and password for H5 sign-in on the same account',
  request: { body: jsonBody(WebLoginBodySchema) },
  responses: { 201: jsonContent(WebLoginResultSchema, 'H5 sign-in set; the recovery codes, shown once'), ...problems(400, 401, 403, 409, 429) },
})

export const linkWebAccount = createRoute({
  method: 'post', path: '/link-web-account', tags, ...access('student'),
  summary: '关联网页账号 (decision 066): a student signed in through an empty WeChat-made account proves an existing H5 student account with its name and password; the WeChat sign-in moves to it, the empty account is retired, and the answer is a session for the H5 account. 409 when the WeChat account holds data of its own or the H5 account has another WeChat',
  request: { body: jsonBody(LinkWebAccountBodySchema) },
  responses: { 200: jsonContent(SessionSchema, 'Linked; use the new token (the old one has ended)'), ...problems(400, 401, 403, 409, 429) },
})
