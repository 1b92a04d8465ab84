import { AdminChainSchema, type ChainMajorsBody } from '@zhilian/shared/contracts/admin'
import {
  AdminChainDetailSchema,
  AdminChainListSchema,
  type ChainConfirmBody,
  type ChainCreateBody,
  type ChainProfileBody,
  type ChainRetireBody,
} from '@zhilian/shared/contracts/chains-admin'
import { request } from './request'

const chainPath = (id: string) => `/api/admin/chains/${encodeURIComponent(id)}`

export const fetchAdminChains = () => request('GET', '/api/admin/chains', { schema: AdminChainListSchema })
export const fetchAdminChain = (id: string) => request('GET', chainPath(id), { schema: AdminChainDetailSchema })
export const createChain = (body: ChainCreateBody) => request('POST', '/api/admin/chains', { body, schema: AdminChainDetailSchema })
export const confirmChain = (id: string, body: ChainConfirmBody) => request('POST', `${chainPath(id)}/confirm`, { body, schema: AdminChainDetailSchema })
export const retireChain = (id: string, body: ChainRetireBody) => request('POST', `${chainPath(id)}/retire`, { body, schema: AdminChainDetailSchema })
export const restoreChain = (id: string) => request('POST', `${chainPath(id)}/restore`, { schema: AdminChainDetailSchema })
export const saveChainProfile = (id: string, body: ChainProfileBody) => request('PUT', `${chainPath(id)}/profile`, { body, schema: AdminChainDetailSchema })
export const saveChainMajors = (id: string, body: ChainMajorsBody) => request('PUT', `${chainPath(id)}/majors`, { body, schema: AdminChainSchema })
