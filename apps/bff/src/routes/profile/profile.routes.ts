import { createRoute } from '@hono/zod-openapi'
import {
  DeleteAccountBodySchema,
  DeleteAccountResultSchema,
  PersonalisationBodySchema,
  PersonalisationSchema,
  ProfileExportSchema,
  ProfileInputSchema,
  ProfileSchema,
} from '@zhilian/shared/contracts/profile'
import { access } from '../../lib/auth'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

const tags = ['profile']
const student = access('student')

export const get = createRoute({
  method: 'get', path: '/', tags, ...student,
  summary: "The student's résumé with its completeness",
  responses: { 200: jsonContent(ProfileSchema, 'The résumé'), ...problems(401, 403) },
})

export const put = createRoute({
  method: 'put', path: '/', tags, ...student,
  summary: 'Replace the résumé',
  request: { body: jsonBody(ProfileInputSchema) },
  responses: { 200: jsonContent(ProfileSchema, 'The résumé as saved'), ...problems(400, 401, 403) },
})

export const exportData = createRoute({
  method: 'get', path: '/export', tags, ...student,
  summary: 'Everything the platform holds about the student, as a JSON download (PIPL art. 45)',
  responses: { 200: jsonContent(ProfileExportSchema, 'The export'), ...problems(401, 403) },
})

export const remove = createRoute({
  method: 'delete', path: '/', tags, ...student,
  summary: 'Delete the account: anonymise, withdraw open applications, revoke every session',
  request: { body: jsonBody(DeleteAccountBodySchema) },
  responses: { 200: jsonContent(DeleteAccountResultSchema, 'Account deleted'), ...problems(400, 401, 403) },
})

export const personalisation = createRoute({
  method: 'put', path: '/personalisation', tags, ...student,
  summary: 'Switch personalised recommendations on or off (PIPL art. 24)',
  request: { body: jsonBody(PersonalisationBodySchema) },
  responses: { 200: jsonContent(PersonalisationSchema, 'The new setting'), ...problems(400, 401, 403) },
})
