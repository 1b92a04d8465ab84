import { z } from 'zod'
import { CursorQuerySchema, idOf, pageOf } from './common'
import { OrgKind } from './enums'

/** The 成效 record and ranking (decision 029); the formula itself is rules/effectiveness.ts. */

export const EffectTermKeySchema = z.enum(['hires', 'graduateHires', 'trainees', 'equipmentHours', 'solvedChallenges', 'completedProjects'])
export const EffectSideSchema = z.enum(['college', 'unit'])

const year = z.coerce.number({ error: '年份格式不正确' }).int().min(2020, { error: '年份不能早于2020年' }).max(2100, { error: '年份格式不正确' })

export const EffectYearQuerySchema = z.object({ year: year.optional() })

export const EffectPartSchema = z.object({
  key: EffectTermKeySchema,
  label: z.string(),
  unit: z.string(),
  count: z.number(),
  weight: z.number(),
  points: z.number(),
  /** How this organisation's side counts the term. */
  how: z.string(),
})

export const EffectRecordSchema = z.object({
  org: z.object({ id: z.string(), name: z.string(), kind: OrgKind.schema, cityCode: z.string(), cityName: z.string() }),
  year: z.number().int(),
  total: z.number(),
  parts: z.array(EffectPartSchema),
  formula: z.string(),
})
export type EffectRecord = z.infer<typeof EffectRecordSchema>

export const EffectRankingQuerySchema = CursorQuerySchema.extend({
  year: year.optional(),
  side: EffectSideSchema.default('unit'),
  chainId: idOf(16).optional(),
  cityCode: z.string().regex(/^\d{6}$/, { error: '城市代码应为6位数字' }).optional(),
})
export type EffectRankingQuery = z.infer<typeof EffectRankingQuerySchema>
export const EffectRankingExportQuerySchema = EffectRankingQuerySchema.omit({ cursor: true, limit: true })

export const EffectRankingRowSchema = z.object({
  rank: z.number().int(),
  org: z.object({ id: z.string(), name: z.string(), kind: OrgKind.schema, cityName: z.string() }),
  counts: z.record(EffectTermKeySchema, z.number()),
  total: z.number(),
})
export type EffectRankingRow = z.infer<typeof EffectRankingRowSchema>

export const EffectRankingPageSchema = pageOf(EffectRankingRowSchema).extend({
  year: z.number().int(),
  /** Organisations with a score above zero under these filters. */
  totalRows: z.number().int(),
  formula: z.string(),
  /** The administrator's scope as a label ("淄博市教育局 · 仅本市院校"). */
  scopeLabel: z.string(),
})
export type EffectRankingPage = z.infer<typeof EffectRankingPageSchema>
