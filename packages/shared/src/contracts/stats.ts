import { z } from 'zod'
import { ChainStatusSchema } from './reference'

const CountsSchema = z.object({
  /** Verified colleges serving the chain. */
  colleges: z.number().int(),
  /** Verified enterprises in the chain. */
  enterprises: z.number().int(),
  /** Jobs open for applications. */
  openJobs: z.number().int(),
  /** Places still to fill in open jobs (head-count minus hired). */
  openHeadcount: z.number().int(),
  /** Students enrolled in majors the colleges tie to the chain, from approved supply lists. */
  enrolledStudents: z.number().int(),
})
export type Counts = z.infer<typeof CountsSchema>

export const ChainStatsSchema = CountsSchema.extend({ chainId: z.string(), name: z.string(), status: ChainStatusSchema })
export type ChainStats = z.infer<typeof ChainStatsSchema>

/** Province totals count each organisation, job and student once, however many chains they touch. */
export const HomeStatsSchema = z.object({ chains: z.array(ChainStatsSchema), province: CountsSchema })
export type HomeStats = z.infer<typeof HomeStatsSchema>
