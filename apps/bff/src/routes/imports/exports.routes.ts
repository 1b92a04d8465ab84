import { createRoute } from '@hono/zod-openapi'
import { IdParamSchema, idOf } from '@zhilian/shared/contracts/common'
import { z } from 'zod'
import { access } from '../../lib/auth'
import { problems } from '../../lib/openapi'
import { xlsxContent } from '../../lib/xlsx'

const tags = ['exports']
const anyStaff = access('college', 'enterprise', 'admin')

export const supply = createRoute({
  method: 'get', path: '/organizations/{id}/supply.xlsx', tags, ...anyStaff,
  summary: 'A college\'s 附件1 as the official workbook: its verified members the list as it stands, an administrator governing it the version last submitted (decision 097)',
  request: { params: IdParamSchema },
  responses: { 200: xlsxContent('The workbook'), ...problems(401, 403, 404) },
})

export const demand = createRoute({
  method: 'get', path: '/organizations/{id}/demand.xlsx', tags, ...anyStaff,
  summary: 'An enterprise\'s 附件2 as the official workbook: its verified members the list as it stands, an administrator governing it the version last submitted (decision 097)',
  request: { params: IdParamSchema },
  responses: { 200: xlsxContent('The workbook'), ...problems(401, 403, 404) },
})

const ChainParamSchema = z.object({ chainId: idOf(16), kind: z.enum(['supply.xlsx', 'demand.xlsx']) })

export const chain = createRoute({
  method: 'get', path: '/chains/{chainId}/{kind}', tags, ...access('admin'),
  summary: 'Every organisation of a chain in one workbook of the form\'s layout, one block of rows per organisation (administrators)',
  request: { params: ChainParamSchema },
  responses: { 200: xlsxContent('The workbook'), ...problems(401, 403, 404) },
})
