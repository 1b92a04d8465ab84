import { z } from 'zod'
import { MAJOR_LEVELS } from '../reference/vocab'
import { idOf, listOf } from './common'
import { searchText } from './text'

export const CitySchema = z.object({ adcode: z.string(), name: z.string(), circle: z.string() })
export type City = z.infer<typeof CitySchema>
export const CityListSchema = listOf(CitySchema)

/** confirmed: on the 2022 list of 11 signature chains; candidate: not yet sourced. */
export const ChainStatusSchema = z.enum(['confirmed', 'candidate'])
export const ChainStatusLabels = { confirmed: '已公布', candidate: '待确认' } as const

export const ChainSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: ChainStatusSchema,
  source: z.string(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  majorCount: z.number().int(),
})
export type Chain = z.infer<typeof ChainSchema>
/** The public chain list also carries each chain's majors (the chain–major map), so a form can prefill the chains a major serves. */
export const ReferenceChainSchema = ChainSchema.extend({ majorCodes: z.array(z.string()) })
export type ReferenceChain = z.infer<typeof ReferenceChainSchema>
export const ChainListSchema = listOf(ReferenceChainSchema)

export const MajorSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.string(),
  category: z.string(),
})
export type Major = z.infer<typeof MajorSchema>
export const MajorListSchema = listOf(MajorSchema)

export const MajorsQuerySchema = z.object({
  q: searchText(50).optional(),
  /** 中职 / 高职专科 / 职业本科: a school lists the majors of its own level. */
  level: z.enum(MAJOR_LEVELS).optional(),
  chainId: idOf(20).optional(),
})
export type MajorsQuery = z.infer<typeof MajorsQuerySchema>

/** A verified college, as a student picks it for the résumé (only verified ones can be linked). */
export const CollegeOptionSchema = z.object({ id: z.string(), name: z.string(), cityName: z.string() })
export type CollegeOption = z.infer<typeof CollegeOptionSchema>
export const CollegeOptionListSchema = listOf(CollegeOptionSchema)
export const CollegesQuerySchema = z.object({ q: searchText(50).optional() })

export const EnterpriseLabelSchema = z.object({ id: z.string(), name: z.string(), level: z.string(), issuer: z.string() })
export type EnterpriseLabel = z.infer<typeof EnterpriseLabelSchema>
export const EnterpriseLabelListSchema = listOf(EnterpriseLabelSchema)
