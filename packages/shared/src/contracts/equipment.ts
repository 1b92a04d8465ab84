import { z } from 'zod'
import { CursorSchema, dateTimeInput, IdSchema, idOf } from './common'
import { SharingFee } from './enums'
import { text } from './text'

/** Colleges' open equipment (附件1 ⁵⁶) and enterprises' bookings of it. */

export const OpenEquipmentQuerySchema = z.object({
  chainId: idOf(16).optional(),
  cityCode: z.string().regex(/^\d{6}$/).optional(),
  cursor: CursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
})

export const OpenEquipmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  model: z.string().nullable(),
  quantity: z.number().int(),
  coreFunction: z.string(),
  openHours: z.string().nullable(),
  fee: SharingFee.schema.nullable(),
  feeNote: z.string().nullable(),
  cooperationMode: z.string().nullable(),
  /** The chains the device serves, as the college's approved list names them. */
  chainIds: z.array(z.string()),
  college: z.object({ id: z.string(), name: z.string(), cityCode: z.string() }),
})
export const OpenEquipmentPageSchema = z.object({ items: z.array(OpenEquipmentSchema), nextCursor: z.string().nullable() })

export const BookingBodySchema = z
  .object({
    start: dateTimeInput({ offset: true, error: '请选择开始时间' }),
    end: dateTimeInput({ offset: true, error: '请选择结束时间' }),
    purpose: text(300).min(2, { error: '请填写使用目的' }),
    /** The booking unit, for a member of two or more units that may book (decision 095). */
    orgId: IdSchema.optional(),
  })
  .refine((b) => new Date(b.end) > new Date(b.start), { path: ['end'], error: '结束时间应晚于开始时间' })
  .refine((b) => new Date(b.end).getTime() - new Date(b.start).getTime() <= 31 * 86_400_000, { path: ['end'], error: '单次预约不能超过31天' })

export const BookingDecisionBodySchema = z.object({
  decision: z.enum(['approve', 'decline']),
  note: text(300).optional(),
})

/** `expired`: the college had not answered by the time the period began (decision 055). */
export const BookingStatusSchema = z.enum(['requested', 'approved', 'rejected', 'cancelled', 'completed', 'expired'])
export const BOOKING_STATUS_LABELS: Record<z.infer<typeof BookingStatusSchema>, string> = {
  requested: '待院校确认', approved: '已通过', rejected: '未通过', cancelled: '已取消', completed: '已完成', expired: '已过期',
}

export const BookingSchema = z.object({
  id: z.string(),
  equipmentId: z.string(),
  equipmentName: z.string(),
  enterpriseOrgId: z.string(),
  enterpriseName: z.string(),
  start: z.string(),
  end: z.string(),
  status: BookingStatusSchema,
  note: z.string().nullable(),
})
export const BookingListSchema = z.object({ items: z.array(BookingSchema) })

export type OpenEquipment = z.infer<typeof OpenEquipmentSchema>
export type BookingBody = z.input<typeof BookingBodySchema>
export type BookingDecisionBody = z.input<typeof BookingDecisionBodySchema>
export type BookingStatus = z.infer<typeof BookingStatusSchema>
export type Booking = z.infer<typeof BookingSchema>
