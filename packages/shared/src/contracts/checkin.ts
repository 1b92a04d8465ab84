import { z } from 'zod'
import { IsoDateTimeSchema } from './common'

/** On-site check-in: the student shows a short-lived signed code as a QR code; staff scan it. */
export const CheckinCodeSchema = z.object({ code: z.string(), expiresAt: IsoDateTimeSchema })
export const ScanBodySchema = z.object({ code: z.string().min(10, { error: '签到码无效' }).max(500, { error: '签到码无效' }) })
export const CheckinResultSchema = z.object({
  student: z.object({ id: z.string(), displayName: z.string() }),
  checkedInAt: IsoDateTimeSchema,
  /** false when the student had already checked in: the time is the first check-in's. */
  firstTime: z.boolean(),
  message: z.string(),
})
export const VisitResultSchema = z.object({
  student: z.object({ id: z.string(), displayName: z.string() }),
  visitedAt: IsoDateTimeSchema,
  /** Only the fields the student consented (by applying) to share with this enterprise; null without consent. */
  resume: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string()), z.null()])).nullable(),
  phone: z.string().nullable(),
})
