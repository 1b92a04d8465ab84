import { z } from 'zod'

const count = z.number().int().nonnegative()

export const CountsSchema = z.object({ colleges: count, enterprises: count, openJobs: count, headcount: count })
export type Counts = z.infer<typeof CountsSchema>

export const ChainStatsSchema = CountsSchema.extend({ id: z.string(), name: z.string(), status: z.string() })
export type ChainStats = z.infer<typeof ChainStatsSchema>

export const HomeStatsSchema = z.object({ totals: CountsSchema, chains: z.array(ChainStatsSchema) })
export type HomeStats = z.infer<typeof HomeStatsSchema>
