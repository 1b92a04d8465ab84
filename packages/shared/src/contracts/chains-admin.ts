import { z } from 'zod'
import { ChainRelevanceSchema } from './admin'
import { IsoDateTimeSchema, listOf } from './common'
import { ChainSchema, ChainStatusSchema } from './reference'
import { text, visibleName } from './text'

/**
 * Chain administration (decision 020): chains are data an administrator adds, confirms, retires and
 * describes — 三组长, 一链一策, the chain–major map and the enterprise count the report's coverage uses.
 */

const LeadSchema = z.object({ unit: z.string().nullable(), person: z.string().nullable() })
/** 三组长: the chain-master enterprise, the industry organisation and the college that lead the chain. */
export const ChainLeadsSchema = z.object({ enterprise: LeadSchema, industryOrg: LeadSchema, college: LeadSchema })
export type ChainLeads = z.infer<typeof ChainLeadsSchema>
export const LEAD_LABELS = {
  enterprise: { unit: '链主企业', person: '链主企业负责人' },
  industryOrg: { unit: '行业组织', person: '行业组织负责人' },
  college: { unit: '牵头院校', person: '院校负责人' },
} as const

export const AdminChainSummarySchema = ChainSchema.extend({
  confirmedAt: IsoDateTimeSchema.nullable(),
  retiredAt: IsoDateTimeSchema.nullable(),
  retiredReason: z.string().nullable(),
  leads: ChainLeadsSchema,
  policyNote: z.string().nullable(),
  /** The chain's enterprises by an outside count, with its source and year: the report's coverage denominator (decision 019). */
  knownEnterprises: z.number().int().nullable(),
  knownEnterprisesSource: z.string().nullable(),
  knownEnterprisesYear: z.number().int().nullable(),
})
export type AdminChainSummary = z.infer<typeof AdminChainSummarySchema>
export const AdminChainListSchema = listOf(AdminChainSummarySchema)

export const ChainHistoryEntrySchema = z.object({ id: z.string(), at: IsoDateTimeSchema, actorName: z.string().nullable(), sentence: z.string() })
export const AdminChainDetailSchema = AdminChainSummarySchema.extend({
  majors: z.array(z.object({ majorCode: z.string(), majorName: z.string(), level: z.string(), relevance: ChainRelevanceSchema })),
  /** The chain's audit trail as sentences, newest first (the last 30 changes). */
  history: z.array(ChainHistoryEntrySchema),
})
export type AdminChainDetail = z.infer<typeof AdminChainDetailSchema>

const SOURCE_MESSAGE = '请写明依据（文件名称、文号或发布日期）'
const source = text(500).min(4, { error: SOURCE_MESSAGE })

export const ChainCreateBodySchema = z.object({
  name: visibleName(text(30).min(1, { error: '请填写产业链名称' }), '产业链名称'),
  status: ChainStatusSchema,
  source,
})
export type ChainCreateBody = z.infer<typeof ChainCreateBodySchema>

/** Confirming a candidate chain records the document that confirms it. */
export const ChainConfirmBodySchema = z.object({ source })
export type ChainConfirmBody = z.infer<typeof ChainConfirmBodySchema>

export const ChainRetireBodySchema = z.object({ reason: text(200).min(2, { error: '请写明停用原因' }) })
export type ChainRetireBody = z.infer<typeof ChainRetireBodySchema>

const LeadBodySchema = z.object({ unit: text(100), person: text(60) })
/** The whole profile at once; an empty text clears its field. */
export const ChainProfileBodySchema = z
  .object({
    leads: z.object({ enterprise: LeadBodySchema, industryOrg: LeadBodySchema, college: LeadBodySchema }),
    policyNote: text(2000),
    knownEnterprises: z.number().int().min(1, { error: '企业总数应为正整数' }).max(1_000_000).nullable(),
    knownEnterprisesSource: text(300),
    knownEnterprisesYear: z.number().int().min(2000).max(2100).nullable(),
  })
  .refine((b) => b.knownEnterprises === null || b.knownEnterprisesSource.length >= 4, {
    path: ['knownEnterprisesSource'],
    error: '登记企业总数时请写明来源（统计口径、发布单位和日期）',
  })
export type ChainProfileBody = z.infer<typeof ChainProfileBodySchema>
