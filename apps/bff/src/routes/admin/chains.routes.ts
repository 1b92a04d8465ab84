import { createRoute } from '@hono/zod-openapi'
import {
  AdminChainDetailSchema,
  AdminChainListSchema,
  ChainConfirmBodySchema,
  ChainCreateBodySchema,
  ChainProfileBodySchema,
  ChainRetireBodySchema,
} from '@zhilian/shared/contracts/chains-admin'
import { IdParamSchema } from '@zhilian/shared/contracts/common'
import { access, provinceAccess } from '../../lib/auth'
import { jsonBody, jsonContent, problems } from '../../lib/openapi'

const tags = ['admin']
const admin = access('admin')
const province = provinceAccess()
const detail = (description: string) => jsonContent(AdminChainDetailSchema, description)

export const listChains = createRoute({
  method: 'get', path: '/chains', tags, ...admin,
  summary: 'Every chain, retired ones included, with its status, 三组长, 一链一策 and enterprise count',
  responses: { 200: jsonContent(AdminChainListSchema, 'All chains in display order'), ...problems(401, 403) },
})

export const getChain = createRoute({
  method: 'get', path: '/chains/{id}', tags, ...admin,
  summary: 'One chain with its majors and its history in sentences',
  request: { params: IdParamSchema },
  responses: { 200: detail('The chain'), ...problems(401, 403, 404) },
})

export const createChain = createRoute({
  method: 'post', path: '/chains', tags, ...province,
  summary: 'Add a chain (confirmed or candidate) with the document it rests on',
  request: { body: jsonBody(ChainCreateBodySchema) },
  responses: { 201: detail('The new chain'), ...problems(400, 401, 403, 409) },
})

export const confirmChain = createRoute({
  method: 'post', path: '/chains/{id}/confirm', tags, ...province,
  summary: 'Confirm a candidate chain, recording the source that confirms it',
  request: { params: IdParamSchema, body: jsonBody(ChainConfirmBodySchema) },
  responses: { 200: detail('The confirmed chain'), ...problems(400, 401, 403, 404, 409) },
})

export const retireChain = createRoute({
  method: 'post', path: '/chains/{id}/retire', tags, ...province,
  summary: 'Retire a chain: it leaves pickers, the map and the report; its data stays',
  request: { params: IdParamSchema, body: jsonBody(ChainRetireBodySchema) },
  responses: { 200: detail('The retired chain'), ...problems(400, 401, 403, 404, 409) },
})

export const restoreChain = createRoute({
  method: 'post', path: '/chains/{id}/restore', tags, ...province,
  summary: 'Bring a retired chain back',
  request: { params: IdParamSchema },
  responses: { 200: detail('The chain in use again'), ...problems(401, 403, 404, 409) },
})

export const putChainProfile = createRoute({
  method: 'put', path: '/chains/{id}/profile', tags, ...province,
  summary: "Record the chain's 三组长, 一链一策 note and enterprise count (with its source)",
  request: { params: IdParamSchema, body: jsonBody(ChainProfileBodySchema) },
  responses: { 200: detail('The chain with its profile'), ...problems(400, 401, 403, 404) },
})
