import { z } from 'zod'
import { idOf } from './common'
import { JobType } from './enums'
import { ChainFiguresSchema, CoverageSchema, FiguresSchema, PairSchema } from './reports'
import { text } from './text'

/**
 * Shandong's 16 cities on a 4 × 5 tile map, placed roughly by geography (north at the top, 威海 at
 * the east tip, 菏泽 at the south-west). A tile map keeps every city the same size, so a small
 * city's colour is as readable as 青岛's; clients draw it with plain views, no map SDK.
 */
export const SHANDONG_TILE_GRID = {
  rows: 4,
  cols: 5,
  tiles: {
    '371400': { row: 0, col: 0 }, // 德州
    '371600': { row: 0, col: 1 }, // 滨州
    '370500': { row: 0, col: 2 }, // 东营
    '370600': { row: 0, col: 3 }, // 烟台
    '371000': { row: 0, col: 4 }, // 威海
    '371500': { row: 1, col: 0 }, // 聊城
    '370100': { row: 1, col: 1 }, // 济南
    '370300': { row: 1, col: 2 }, // 淄博
    '370700': { row: 1, col: 3 }, // 潍坊
    '370200': { row: 1, col: 4 }, // 青岛
    '370900': { row: 2, col: 1 }, // 泰安
    '371300': { row: 2, col: 2 }, // 临沂
    '371100': { row: 2, col: 3 }, // 日照
    '371700': { row: 3, col: 0 }, // 菏泽
    '370800': { row: 3, col: 1 }, // 济宁
    '370400': { row: 3, col: 2 }, // 枣庄
  } as Readonly<Record<string, { row: number; col: number }>>,
} as const

export const YearSchema = z.coerce.number().int().min(2000).max(2100)
const AdcodeSchema = z.string().regex(/^\d{6}$/, '城市代码应为 6 位数字')

export const ChainAnalyticsQuerySchema = z.object({
  /** Without a year: the latest year with filed data (the year the report opens on). */
  year: YearSchema.optional(),
  circle: text(16).optional(),
  cityCode: AdcodeSchema.optional(),
})
export type ChainAnalyticsQuery = z.infer<typeof ChainAnalyticsQuerySchema>

/** enrolment: all grades; graduates: the final grade (expected graduates); supply: those expected to take an enterprise job in Shandong. */
const SupplyCountsSchema = z.object({ enrolment: z.number().int(), graduates: z.number().int(), supply: z.number().int() })
const DemandCountsSchema = z.object({ headcount: z.number().int(), jobs: z.number().int() })
const SeriesSchema = z.array(z.object({ year: z.number().int(), value: z.number() }))

/** fitIndex statuses, plus the gap's own reading of a major nobody asks for / nobody offers. */
export const FitStatusSchema = z.enum(['balanced', 'oversupplied', 'undersupplied', 'no_demand', 'no_supply'])
export const FIT_STATUS_LABELS = {
  balanced: '基本平衡', oversupplied: '供给过剩', undersupplied: '供给不足', no_demand: '暂无需求', no_supply: '暂无供给',
} as const

export const MajorGapSchema = z.object({
  majorCode: z.string(),
  majorName: z.string(),
  /** Expected graduates (final grade) and the share of them expected to take an enterprise job in Shandong. */
  graduates: z.number().int(),
  supply: z.number().int(),
  enrolment: z.number().int(),
  /** Head-count of jobs naming the major (split equally over a job's majors), one decimal; jobs naming none are not spread. */
  demand: z.number(),
  /** Beside `demand`, not in it: head-count of jobs naming no major that their text attributes to the major (decision 019), one decimal. */
  textDemand: z.number(),
  /** supply − demand: negative = shortage. */
  gap: z.number(),
  /** supply ÷ demand; null when nobody asks for the major. */
  ratio: z.number().nullable(),
  status: FitStatusSchema,
})
export type MajorGap = z.infer<typeof MajorGapSchema>

export const ChainAnalyticsSchema = z.object({
  chain: z.object({ id: z.string(), name: z.string() }),
  filters: z.object({ year: z.number().int(), circle: z.string().nullable(), cityCode: z.string().nullable() }),
  /** The chain's row of the yearly report (for the cities chosen): the same computation, so the same figures. */
  figures: FiguresSchema,
  supply: z.object({
    byMajor: z.array(SupplyCountsSchema.extend({ majorCode: z.string(), majorName: z.string() })),
    byCollege: z.array(SupplyCountsSchema.extend({ collegeId: z.string(), collegeName: z.string(), cityCode: z.string() })),
    byCity: z.array(SupplyCountsSchema.extend({ cityCode: z.string(), cityName: z.string() })),
  }),
  demand: z.object({
    bySkill: z.array(DemandCountsSchema.extend({ skill: z.string() })),
    byJobType: z.array(DemandCountsSchema.extend({ type: JobType.schema, label: z.string() })),
    byCity: z.array(DemandCountsSchema.extend({ cityCode: z.string(), cityName: z.string() })),
  }),
  /** Majors named by jobs or offered by colleges; jobs naming no major are figures.talent.unnamedDemand. */
  gap: z.array(MajorGapSchema),
  trend: z.object({ graduates: SeriesSchema, demand: SeriesSchema }),
})
export type ChainAnalytics = z.infer<typeof ChainAnalyticsSchema>

export const ChainSummaryQuerySchema = z.object({ year: YearSchema.optional() })
/** Every active chain's row of the yearly report for the year. */
export const ChainSummaryListSchema = z.object({ year: z.number().int(), items: z.array(ChainFiguresSchema) })
export type ChainSummaryList = z.infer<typeof ChainSummaryListSchema>

// ───────────── digital map ─────────────

export const MapQuerySchema = z.object({
  chainId: idOf(16).optional(),
  /** Without a year: the latest year with filed data. */
  year: YearSchema.optional(),
  /** Which of the three pairs of lists the tiles show. */
  pair: PairSchema.default('talent'),
})
export type MapQuery = z.infer<typeof MapQuerySchema>

/** shortage: ratio < 1/1.5; surplus: ratio > 1.5 (FIT_THRESHOLDS); withheld: coverage too low to compare (decision 019); no_data: neither side. */
export const MapColourSchema = z.enum(['shortage', 'balanced', 'surplus', 'no_demand', 'no_supply', 'withheld', 'no_data'])
export const MAP_COLOUR_LABELS = {
  shortage: '供给紧缺', balanced: '供需平衡', surplus: '供给充足', no_demand: '暂无需求', no_supply: '暂无供给', withheld: '覆盖不足', no_data: '暂无数据',
} as const

export const MapCitySchema = z.object({
  adcode: z.string(),
  name: z.string(),
  circle: z.string(),
  grid: z.object({ row: z.number().int(), col: z.number().int() }),
  /** The chosen pair's supply and demand in the city (the report's city row). */
  supply: z.number().int(),
  demand: z.number().int(),
  enrolment: z.number().int(),
  /** null when withheld for coverage or without demand. */
  ratio: z.number().nullable(),
  colour: MapColourSchema,
})
export type MapCity = z.infer<typeof MapCitySchema>
export const MapSchema = z.object({
  chainId: z.string().nullable(),
  year: z.number().int(),
  pair: PairSchema,
  /** Coverage of the chain (or of every chain) the tiles share. */
  coverage: CoverageSchema,
  grid: z.object({ rows: z.number().int(), cols: z.number().int() }),
  cities: z.array(MapCitySchema),
})
export type MapData = z.infer<typeof MapSchema>

export const MapCityParamsSchema = z.object({ adcode: AdcodeSchema })
export const MapCityDetailSchema = z.object({
  city: MapCitySchema,
  colleges: z.array(z.object({ collegeId: z.string(), name: z.string(), majors: z.number().int(), enrolment: z.number().int(), graduates: z.number().int() })),
  enterprises: z.array(DemandCountsSchema.extend({ orgId: z.string(), name: z.string() })),
  gap: z.array(MajorGapSchema),
  /** For the city's largest open jobs: the best college × major in the province. */
  bestMatches: z.array(z.object({
    jobId: z.string(),
    title: z.string(),
    orgName: z.string(),
    headcount: z.number().int(),
    collegeId: z.string(),
    collegeName: z.string(),
    majorName: z.string(),
    score: z.number(),
    reason: z.string(),
  })),
})
export type MapCityDetail = z.infer<typeof MapCityDetailSchema>

// ───────────── fit monitoring, alerts, forecast ─────────────

export const FitQuerySchema = z.object({ level: z.enum(['city', 'college']).default('city'), chainId: idOf(16).optional() })
export type FitQuery = z.infer<typeof FitQuerySchema>

const MajorRatioSchema = z.object({ majorCode: z.string(), majorName: z.string(), enrolment: z.number().int(), demand: z.number(), ratio: z.number().nullable() })

export const FitItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  cityCode: z.string(),
  /** 0..100: overlap of the enrolment and demand distributions over majors. */
  index: z.number(),
  coverage: z.number(),
  totalEnrolment: z.number().int(),
  totalDemand: z.number(),
  oversupplied: z.array(MajorRatioSchema),
  undersupplied: z.array(MajorRatioSchema),
})
export type FitItem = z.infer<typeof FitItemSchema>
export const FitResultSchema = z.object({
  level: z.enum(['city', 'college']),
  chainId: z.string().nullable(),
  thresholds: z.object({ oversupplied: z.number(), undersupplied: z.number() }),
  items: z.array(FitItemSchema),
})
export type FitResult = z.infer<typeof FitResultSchema>

export const AlertSchema = z.object({
  collegeId: z.string(),
  collegeName: z.string(),
  cityCode: z.string(),
  majorCode: z.string(),
  majorName: z.string(),
  status: z.enum(['oversupplied', 'undersupplied', 'no_supply']),
  ratio: z.number().nullable(),
  message: z.string(),
})
export type Alert = z.infer<typeof AlertSchema>
export const AlertListSchema = z.object({ items: z.array(AlertSchema) })

export const ForecastQuerySchema = z.object({ chainId: idOf(16) })
const ForecastSchema = z.object({
  history: SeriesSchema,
  next: z.object({ year: z.number().int(), value: z.number().int(), method: z.enum(['damped_linear_trend', 'last_value']), slope: z.number() }).nullable(),
})
export const ChainForecastSchema = z.object({
  chain: z.object({ id: z.string(), name: z.string() }),
  demand: ForecastSchema,
  graduates: ForecastSchema,
  /** How the figure was computed, in Chinese. */
  method: z.string(),
})
export type ChainForecast = z.infer<typeof ChainForecastSchema>
