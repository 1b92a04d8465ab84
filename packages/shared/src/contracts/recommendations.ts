import { z } from 'zod'
import { JobListItemSchema } from './jobs'
import { TrainingCourseSchema } from './trainings'

/**
 * Recommendations with their reasons (PIPL art. 24: automated decisions must be explainable and
 * switchable off). With personalisation off, `personalised` is false, the order is newest first and
 * no score or reason is given.
 */

export const RecommendQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) })

const Fit = z.object({ score: z.number(), reasons: z.array(z.string()) })

export const JobRecommendationsSchema = z.object({
  personalised: z.boolean(),
  notice: z.string(),
  items: z.array(z.object({ job: JobListItemSchema.omit({ match: true }), fit: Fit.nullable() })),
})
export type JobRecommendations = z.infer<typeof JobRecommendationsSchema>

export const CourseRecommendationsSchema = z.object({
  personalised: z.boolean(),
  notice: z.string(),
  items: z.array(z.object({ course: TrainingCourseSchema, fit: Fit.nullable() })),
})
export type CourseRecommendations = z.infer<typeof CourseRecommendationsSchema>
