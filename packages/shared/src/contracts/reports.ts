import { z } from 'zod'
import { text } from './text'

/**
 * `/reports/2025` answers JSON, `/reports/2025.xlsx` the workbook: the router cannot split a path
 * segment, so one parameter carries both and the handler reads the suffix.
 */
export const ReportParamsSchema = z.object({ year: z.string().regex(/^20\d{2}(\.xlsx)?$/, '年份应写作 2025 或 2025.xlsx') })
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The three pairs of lists the notice names (policy 000 三(二)): each side's 三个清单 set against the other's. */
export const PAIRS = ['talent', 'training', 'innovation'] as const
export const PairSchema = z.enum(PAIRS)
export type PairKey = z.infer<typeof PairSchema>
export const PAIR_LABELS: Record<PairKey, { short: string; name: string; supply: string; demand: string; unit: string }> = {
  talent: { short: '人才', name: '技能人才供给 / 岗位需求', supply: '预计进入企业的毕业生', demand: '企业岗位需求', unit: '人' },
  training: { short: '培训', name: '社会培训服务 / 培训需求', supply: '年培训容量', demand: '年培训需求', unit: '人次' },
  innovation: { short: '设备与研发', name: '设备与研发能力 / 协同创新需求', supply: '开放设备与科研项目', demand: '技术难题与资源需求', unit: '项' },
}

export const CoverageLevelSchema = z.enum(['sufficient', 'low', 'insufficient', 'unknown'])
export const VerdictSchema = z.enum(['published', 'flagged', 'withheld'])
const StatusSchema = z.enum(['balanced', 'oversupplied', 'undersupplied', 'no_demand', 'no_supply'])

/** How much of the chain's enterprises the demand side covers (decision 019). */
export const CoverageSchema = z.object({
  /** Enterprises that filed demand in scope that year. */
  filed: z.number().int(),
  /** The chain's enterprises by the outside count an administrator recorded; null when not recorded. */
  known: z.number().int().nullable(),
  source: z.string().nullable(),
  share: z.number().nullable(),
  level: CoverageLevelSchema,
})
export type Coverage = z.infer<typeof CoverageSchema>

const BalanceSchema = z.object({
  supply: z.number(),
  demand: z.number(),
  /** supply ÷ demand; null when withheld (coverage) or without demand. */
  ratio: z.number().nullable(),
  verdict: VerdictSchema,
  status: StatusSchema.nullable(),
})

export const TalentPairSchema = BalanceSchema.extend({
  /** Final-grade students on the year's lists, before the enterprise and in-province shares. */
  graduates: z.number().int(),
  /** Head-count of jobs that name no major (shown as 专业未指定, never spread). */
  unnamedDemand: z.number().int(),
  jobs: z.number().int(),
})
export const TrainingPairSchema = BalanceSchema.extend({ courses: z.number().int(), needs: z.number().int() })
export const InnovationPairSchema = BalanceSchema.extend({
  /** Open (shared) equipment items and research projects on the year's supply lists. */
  equipment: z.number().int(),
  projects: z.number().int(),
  challenges: z.number().int(),
  requests: z.number().int(),
  /** Challenges at least one college has taken up (揭榜). */
  answered: z.number().int(),
  /** Challenges solved: validated by their enterprise with the solution in production (市场验题, decision 034). */
  solved: z.number().int(),
})

export const FiguresSchema = z.object({
  colleges: z.number().int(),
  enterprises: z.number().int(),
  enrolment: z.number().int(),
  coverage: CoverageSchema,
  talent: TalentPairSchema,
  training: TrainingPairSchema,
  innovation: InnovationPairSchema,
  /** fitIndex of enrolment against demand by major, 0..100. */
  fitIndex: z.number(),
  /** The row in one Chinese sentence, as an official reads it. */
  sentence: z.string(),
})
export type Figures = z.infer<typeof FiguresSchema>

export const ChainFiguresSchema = FiguresSchema.extend({ chainId: z.string(), name: z.string() })
export type ChainFigures = z.infer<typeof ChainFiguresSchema>
export const CityFiguresSchema = FiguresSchema.extend({ cityCode: z.string(), name: z.string(), circle: z.string() })
export type CityFigures = z.infer<typeof CityFiguresSchema>

/** Per major; majorCode null is the 专业未指定 line (jobs naming no major), whose gap is null. */
export const MajorLineSchema = z.object({
  majorCode: z.string().nullable(), majorName: z.string(), supply: z.number().int(), demand: z.number(), gap: z.number().nullable(),
})

/** The parameters of the method for one year (decision 019). */
export const ReportBasisSchema = z.object({
  year: z.number().int(),
  /** Share of graduates who take a job in Shandong; null when not recorded (then taken as 1). */
  inProvinceShare: z.number().nullable(),
  inProvinceSource: z.string().nullable(),
  thresholds: z.object({ publish: z.number(), flag: z.number(), oversupplied: z.number(), undersupplied: z.number() }),
})
export type ReportBasis = z.infer<typeof ReportBasisSchema>

export const ReportBasisBodySchema = z.object({
  inProvinceShare: z.number().min(0.01, { error: '比例应在 1%–100% 之间' }).max(1, { error: '比例应在 1%–100% 之间' }),
  source: text(300).min(4, { error: '请写明数据来源（文件名称、发布单位和日期）' }),
})
export type ReportBasisBody = z.infer<typeof ReportBasisBodySchema>
export const ReportBasisParamsSchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) })

/** 山东省产业人才供需报告: the year's figures, province-wide, per chain and per city. */
export const SupplyDemandReportSchema = z.object({
  year: z.number().int(),
  title: z.string(),
  generatedAt: z.iso.datetime(),
  /** False when no list was filed and no job published that year; `emptyReason` says so in words. */
  hasData: z.boolean(),
  /** Set when the year lacks either side (or both): one side's zeros then mean "not filed", and no ratio is published. */
  emptyReason: z.string().nullable(),
  basis: ReportBasisSchema,
  province: FiguresSchema,
  chains: z.array(ChainFiguresSchema),
  cities: z.array(CityFiguresSchema),
  /** Expected entrants − demand per major (negative = shortage), largest shortage first; 专业未指定 last. */
  majors: z.array(MajorLineSchema),
  notes: z.array(z.string()),
})
export type SupplyDemandReport = z.infer<typeof SupplyDemandReportSchema>

/** Years with anything filed, newest first, and the one the pages open on. */
export const ReportYearsSchema = z.object({
  items: z.array(z.object({ year: z.number().int(), supplyLists: z.number().int(), enterprises: z.number().int() })),
  latest: z.number().int().nullable(),
})
export type ReportYears = z.infer<typeof ReportYearsSchema>
