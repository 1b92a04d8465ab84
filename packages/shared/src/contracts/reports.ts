import { z } from 'zod'

/**
 * `/reports/2025` answers JSON, `/reports/2025.xlsx` the workbook: the router cannot split a path
 * segment, so one parameter carries both and the handler reads the suffix.
 */
export const ReportParamsSchema = z.object({ year: z.string().regex(/^20\d{2}(\.xlsx)?$/, '年份应写作 2025 或 2025.xlsx') })
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const FiguresSchema = z.object({
  colleges: z.number().int(),
  enterprises: z.number().int(),
  enrolment: z.number().int(),
  graduates: z.number().int(),
  demand: z.number().int(),
  /** graduates ÷ demand; null without demand. */
  ratio: z.number().nullable(),
  /** fitIndex of enrolment against demand by major, 0..100. */
  fitIndex: z.number(),
})

/** 山东省产业人才供需报告: the year's figures, province-wide, per chain and per city. */
export const SupplyDemandReportSchema = z.object({
  year: z.number().int(),
  title: z.string(),
  generatedAt: z.iso.datetime(),
  province: FiguresSchema,
  chains: z.array(FiguresSchema.extend({ chainId: z.string(), name: z.string() })),
  cities: z.array(FiguresSchema.extend({ cityCode: z.string(), name: z.string(), circle: z.string() })),
  /** Per major: gap = graduates − demand (negative = shortage), largest shortage first. */
  majors: z.array(z.object({ majorCode: z.string(), majorName: z.string(), graduates: z.number().int(), demand: z.number(), gap: z.number() })),
  notes: z.array(z.string()),
})
export type SupplyDemandReport = z.infer<typeof SupplyDemandReportSchema>
