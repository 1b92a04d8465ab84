import { z } from 'zod'
import { IsoDateTimeSchema } from './common'
import { text } from './text'

/** On-site check-in: the student shows a short-lived signed code as a QR code; staff scan it. */
export const CheckinCodeSchema = z.object({ code: z.string(), expiresAt: IsoDateTimeSchema })
export const ScanBodySchema = z.object({ code: text(500).min(10, { error: '签到码无效' }) })
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

/**
 * The venue's own code, for students to type (or scan) at the entrance: six digits that change every
 * minute, shown on the organiser's page. `qr` carries the event id too, so a scan names the event.
 */
export const VENUE_CODE_PATTERN = /^\d{6}$/
export const VenueCodeSchema = z.object({ code: z.string().regex(VENUE_CODE_PATTERN), qr: z.string(), expiresAt: IsoDateTimeSchema })
export type VenueCode = z.infer<typeof VenueCodeSchema>

/** The text a venue QR code carries: `zlvenue:<eventId>:<code>`. */
export const venueQrText = (eventId: string, code: string) => `zlvenue:${eventId}:${code}`
const VENUE_QR_PATTERN = /^zlvenue:([^:]{1,64}):(\d{6})$/

/** Reads what a student typed or scanned: six digits, or a venue QR text naming its event. */
export function parseVenueInput(input: string): { code: string; eventId: string | null } | null {
  const text = input.trim()
  if (VENUE_CODE_PATTERN.test(text)) return { code: text, eventId: null }
  const qr = VENUE_QR_PATTERN.exec(text)
  return qr ? { code: qr[2]!, eventId: qr[1]! } : null
}

export const VenueCheckinBodySchema = z.object({
  code: text(100).refine((v) => parseVenueInput(v) !== null, { error: '签到码应为6位数字' }),
})
export type VenueCheckinBody = z.infer<typeof VenueCheckinBodySchema>
