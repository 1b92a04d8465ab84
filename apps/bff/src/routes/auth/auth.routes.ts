import { createRoute } from '@hono/zod-openapi'
import {
  DemoAccountListSchema,
  DemoLoginBodySchema,
  SessionSchema,
  WeChatLoginBodySchema,
} from '@zhilian/shared/contracts/auth'
import { PasswordSignInBodySchema, RecoveredSessionSchema, RecoverPasswordBodySchema } from '@zhilian/shared/contracts/account'
import { SignupSessionSchema, StudentSignupBodySchema } from '@zhilian/shared/contracts/signup'
import { OkSchema } from '@zhilian/shared/contracts/common'
import { access, publicAccess } from '../../lib/auth'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

const tags = ['auth']

export const wechat = createRoute({
  method: 'post', path: '/wechat', tags, ...publicAccess,
  summary: 'Sign in with a wx.login code; a new WeChat user becomes a student',
  request: { body: jsonBody(WeChatLoginBodySchema) },
  responses: { 200: jsonContent(SessionSchema, 'Signed in'), ...problems(400, 403, 429, 502, 503) },
})

export const password = createRoute({
  method: 'post', path: '/password', tags, ...publicAccess,
  summary: 'Sign in with username and password (any account with a password). An owner\'s temporary password answers 403 PASSWORD_CHANGE_REQUIRED until the body brings newPassword, which replaces it (decision 063)',
  request: { body: jsonBody(PasswordSignInBodySchema) },
  responses: { 200: jsonContent(SessionSchema, 'Signed in'), ...problems(400, 401, 403, 429) },
})

export const signup = createRoute({
  method: 'post', path: '/signup', tags, ...publicAccess,
  summary: 'A student creates an account with a name and a password (H5; no phone verification, decision 045) and is signed in; the answer carries the recovery codes, shown once (decision 059)',
  request: { body: jsonBody(StudentSignupBodySchema) },
  responses: { 201: jsonContent(SignupSessionSchema, 'Account created and signed in'), ...problems(400, 409, 429) },
})

export const recover = createRoute({
  method: 'post', path: '/recover', tags, ...publicAccess,
  summary: 'Someone who forgot the password sets a new one with the account name and one recovery code; every session ends and the caller is signed in (decision 059)',
  request: { body: jsonBody(RecoverPasswordBodySchema) },
  responses: { 200: jsonContent(RecoveredSessionSchema, 'Password changed and signed in'), ...problems(400, 401, 429) },
})

export const demoAccounts = createRoute({
  method: 'get', path: '/demo-accounts', tags, ...publicAccess,
  summary: 'Demo accounts (only in demo mode; 404 otherwise)',
  responses: { 200: jsonContent(DemoAccountListSchema, 'Accounts a visitor may try'), ...problems(404) },
})

export const demo = createRoute({
  method: 'post', path: '/demo', tags, ...publicAccess,
  summary: 'Sign in as a demo account (only in demo mode; 404 otherwise)',
  request: { body: jsonBody(DemoLoginBodySchema) },
  responses: { 200: jsonContent(SessionSchema, 'Signed in'), ...problems(400, 404) },
})

export const logout = createRoute({
  method: 'post', path: '/logout', tags, ...access(),
  summary: 'Revoke every token of the signed-in user',
  responses: { 200: jsonContent(OkSchema, 'Signed out everywhere'), ...problems(401) },
})
