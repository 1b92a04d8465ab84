import { createRoute, z } from '@hono/zod-openapi'
import { IdParamSchema } from '@zhilian/shared/contracts/common'
import { ImportJobSchema } from '@zhilian/shared/contracts/imports'
import { access } from '../../lib/auth'
import { uploadRateLimit } from '../../lib/rate-limit'
import { jsonContent, problems } from '../../lib/openapi'
import { xlsxContent } from '../../lib/xlsx'
import { uploadLimit } from './upload'

const tags = ['imports']

/** After sign-in: how often (decision 074), then how large — both before the body is read. */
const withUploadLimit = (a: ReturnType<typeof access>) => ({ ...a, middleware: [...(a.middleware ?? []), uploadRateLimit, uploadLimit] })
const uploadBody = {
  content: { 'multipart/form-data': { schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary', description: '.xlsx, at most 5 MB' }) }) } },
  required: true,
}
const uploadResponses = {
  200: jsonContent(ImportJobSchema, 'Imported (or unchanged: the same content as the list already holds)'),
  202: jsonContent(ImportJobSchema, 'A large file: accepted, poll GET /imports/{id}'),
  ...problems(400, 401, 403, 404, 413, 415, 422, 429),
}

export const supplyTemplate = createRoute({
  method: 'get', path: '/templates/supply.xlsx', tags, ...access('college'),
  summary: '附件1 template, prefilled with what the college has already typed',
  responses: { 200: xlsxContent('The workbook'), ...problems(401, 403, 404) },
})

export const demandTemplate = createRoute({
  method: 'get', path: '/templates/demand.xlsx', tags, ...access('enterprise'),
  summary: '附件2 template, prefilled with what the enterprise has already typed',
  responses: { 200: xlsxContent('The workbook'), ...problems(401, 403, 404) },
})

const annotatedResponses = { 200: xlsxContent('The last refused upload with its problems marked'), ...problems(401, 403, 404) }

export const supplyAnnotated = createRoute({
  method: 'get', path: '/annotated/supply.xlsx', tags, ...access('college'),
  summary: 'The college\'s last 附件1 upload, if it was refused: each problem cell red with its message as a note, and a 错误清单 sheet',
  responses: annotatedResponses,
})

export const demandAnnotated = createRoute({
  method: 'get', path: '/annotated/demand.xlsx', tags, ...access('enterprise'),
  summary: 'The enterprise\'s last 附件2 upload, if it was refused: each problem cell red with its message as a note, and a 错误清单 sheet',
  responses: annotatedResponses,
})

export const importSupply = createRoute({
  method: 'post', path: '/supply', tags, ...withUploadLimit(access('college')),
  summary: 'Upload a filled 附件1 (multipart field `file`); replaces the draft in one transaction or writes nothing',
  request: { body: uploadBody },
  responses: uploadResponses,
})

export const importDemand = createRoute({
  method: 'post', path: '/demand', tags, ...withUploadLimit(access('enterprise')),
  summary: 'Upload a filled 附件2 (multipart field `file`); replaces the draft in one transaction or writes nothing',
  request: { body: uploadBody },
  responses: uploadResponses,
})

export const status = createRoute({
  method: 'get', path: '/{id}', tags, ...access('college', 'enterprise'),
  summary: 'Progress and outcome of an upload (the uploader\'s organisation only)',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(ImportJobSchema, 'The import'), ...problems(401, 403, 404) },
})
