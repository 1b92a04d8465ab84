import { AdminChainSchema, type ChainMajorsBody } from '@zhilian/shared/contracts/admin'
import {
  AdminChainDetailSchema,
  AdminChainListSchema,
  type ChainConfirmBody,
  type ChainCreateBody,
  type ChainProfileBody,
  type ChainRetireBody,
} from '@zhilian/shared/contracts/chains-admin'
import { call } from './request'


export const fetchAdminChains = () => call('get', '/api/admin/chains', { schema: AdminChainListSchema })
export const fetchAdminChain = (id: string) => call('get', '/api/admin/chains/:id', { param: { id }, schema: AdminChainDetailSchema })
export const createChain = (body: ChainCreateBody) => call('post', '/api/admin/chains', { body, schema: AdminChainDetailSchema })
export const confirmChain = (id: string, body: ChainConfirmBody) => call('post', '/api/admin/chains/:id/confirm', { param: { id }, body, schema: AdminChainDetailSchema })
export const retireChain = (id: string, body: ChainRetireBody) => call('post', '/api/admin/chains/:id/retire', { param: { id }, body, schema: AdminChainDetailSchema })
export const restoreChain = (id: string) => call('post', '/api/admin/chains/:id/restore', { param: { id }, schema: AdminChainDetailSchema })
export const saveChainProfile = (id: string, body: ChainProfileBody) => call('put', '/api/admin/chains/:id/profile', { param: { id }, body, schema: AdminChainDetailSchema })
export const saveChainMajors = (id: string, body: ChainMajorsBody) => call('put', '/api/admin/chains/:id/majors', { param: { id }, body, schema: AdminChainSchema })
