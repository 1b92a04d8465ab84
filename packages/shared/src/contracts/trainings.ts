import { z } from 'zod'
import { CursorSchema, dateTimeInput, idOf, IsoDateTimeSchema, pageOf } from './common'
import { DeliveryMode } from './enums'

/** 菜单式培训: the courses colleges offer in their approved supply lists (附件1 ⁸), and enrolments. */

export const TrainingListQuerySchema = z.object({
  chainId: idOf(20).optional(),
  cityCode: z.string().regex(/^\d{6}$/, { error: '城市代码应为6位数字' }).optional(),
  format: DeliveryMode.schema.optional(),
  startsAfter: dateTimeInput().optional(),
  cursor: CursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
})
export type TrainingListQuery = z.infer<typeof TrainingListQuerySchema>

export const TrainingCourseSchema = z.object({
  id: z.string(),
  title: z.string(),
  content: z.string(),
  college: z.object({ id: z.string(), name: z.string() }),
  /** The chains the course serves, as the college's approved list names them. */
  chains: z.array(z.object({ id: z.string(), name: z.string() })),
  city: z.object({ code: z.string(), name: z.string() }).nullable(),
  format: DeliveryMode.schema,
  periodDays: z.number().int().nullable(),
  hours: z.number().int().nullable(),
  startDate: IsoDateTimeSchema.nullable(),
  /** Yuan per person; null = free. */
  fee: z.number().nullable(),
  capacity: z.number().int(),
  seatsLeft: z.number().int(),
})
export type TrainingCourse = z.infer<typeof TrainingCourseSchema>
export const TrainingPageSchema = pageOf(TrainingCourseSchema)

export const TrainingEnrolmentSchema = z.object({
  id: z.string(),
  createdAt: IsoDateTimeSchema,
  course: TrainingCourseSchema,
})
export type TrainingEnrolment = z.infer<typeof TrainingEnrolmentSchema>
export const MyEnrolmentsSchema = z.object({ items: z.array(TrainingEnrolmentSchema) })
