import { z } from 'zod'
import { CursorSchema, dateTimeInput, IdSchema, idOf, IsoDateTimeSchema, pageOf } from './common'
import { text, visibleName } from './text'
import { EventFormat, EventKind } from './enums'

/** 双选会 / 对接会 / 路演 / 揭榜挂帅 / 签约: events, agenda, booths, registrations and "my schedule". */

const when = dateTimeInput()

const EventFieldsSchema = z.object({
  kind: EventKind.schema,
  format: EventFormat.schema,
  title: visibleName(text(100).min(2, { error: '活动名称至少2个字' }), '活动名称'),
  description: text(5000).optional(),
  cityCode: z.string().regex(/^\d{6}$/, { error: '城市代码应为6位数字' }),
  venue: text(200).optional(),
  chainIds: z.array(idOf(20)).max(20),
  startsAt: when,
  endsAt: when,
  enterpriseRegOpens: when.optional(),
  enterpriseRegCloses: when.optional(),
  studentRegOpens: when.optional(),
  studentRegCloses: when.optional(),
  capacity: z.number().int().min(1, { error: '容量至少为1' }).max(100_000).optional(),
})
const ends = (v: { startsAt?: string; endsAt?: string }) => !v.startsAt || !v.endsAt || v.endsAt > v.startsAt
const endsIssue = { error: '结束时间须晚于开始时间', path: ['endsAt'] }

export const EventCreateSchema = EventFieldsSchema.extend({
  chainIds: EventFieldsSchema.shape.chainIds.default([]),
  /** Admins may name the organising college; a college member always organises for their own. */
  organizerOrgId: IdSchema.optional(),
}).refine(ends, endsIssue)
export type EventCreate = z.infer<typeof EventCreateSchema>
/** No field of `EventFieldsSchema` may have a default: zod applies it inside `.partial()`, and a rename dropped the chains (097). */
export const EventUpdateSchema = EventFieldsSchema.partial().refine(ends, endsIssue)
export type EventUpdate = z.infer<typeof EventUpdateSchema>

export const SessionCreateSchema = z.object({
  title: visibleName(text(100).min(2, { error: '议程名称至少2个字' }), '议程名称'),
  kind: z.enum(['talk', 'roadshow', 'signing']),
  room: text(100).optional(),
  startsAt: when,
  endsAt: when,
  speakers: z.array(text(50).min(1)).max(20).default([]),
}).refine(ends, endsIssue)

export const EventListQuerySchema = z.object({
  cityCode: z.string().regex(/^\d{6}$/, { error: '城市代码应为6位数字' }).optional(),
  chainId: idOf(20).optional(),
  kind: EventKind.schema.optional(),
  cursor: CursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
})

export const EventSummarySchema = z.object({
  id: z.string(),
  kind: EventKind.schema,
  format: EventFormat.schema,
  title: z.string(),
  status: z.enum(['draft', 'published', 'ongoing', 'finished', 'cancelled']),
  cityCode: z.string(),
  venue: z.string().nullable(),
  startsAt: IsoDateTimeSchema,
  endsAt: IsoDateTimeSchema,
  capacity: z.number().int().nullable(),
  registered: z.number().int(),
  organizer: z.object({ id: z.string(), name: z.string() }).nullable(),
})
export const EventPageSchema = pageOf(EventSummarySchema)

export const SessionSchema = z.object({
  id: z.string(), title: z.string(), kind: z.string(), room: z.string().nullable(),
  startsAt: IsoDateTimeSchema, endsAt: IsoDateTimeSchema, speakers: z.array(z.string()),
})
export const BoothSchema = z.object({
  id: z.string(),
  status: z.enum(['applied', 'approved', 'rejected', 'cancelled']),
  number: z.string().nullable(),
  zone: z.string().nullable(),
  org: z.object({ id: z.string(), name: z.string() }),
  jobs: z.array(z.object({ id: z.string(), title: z.string(), salaryMin: z.number().int(), salaryMax: z.number().int() })),
})
export const RegistrationSchema = z.object({
  id: z.string(), eventId: z.string(), createdAt: IsoDateTimeSchema, checkedInAt: IsoDateTimeSchema.nullable(),
})
export const EventDetailSchema = EventSummarySchema.extend({
  description: z.string().nullable(),
  chainIds: z.array(z.string()),
  enterpriseRegOpens: IsoDateTimeSchema.nullable(),
  enterpriseRegCloses: IsoDateTimeSchema.nullable(),
  studentRegOpens: IsoDateTimeSchema.nullable(),
  studentRegCloses: IsoDateTimeSchema.nullable(),
  sessions: z.array(SessionSchema),
  /** Approved booths for everyone; the organiser also sees applied ones. */
  booths: z.array(BoothSchema),
  myRegistration: RegistrationSchema.nullable(),
})
export type EventDetail = z.infer<typeof EventDetailSchema>

export const MyRegistrationsSchema = z.object({ items: z.array(RegistrationSchema.extend({ event: EventSummarySchema })) })

export const BoothApproveSchema = z.object({
  number: text(20).min(1, { error: '请填写展位号' }),
  zone: text(50).min(1, { error: '请填写展区' }),
})
export const BoothJobsSchema = z.object({ jobIds: z.array(IdSchema).max(50) })

/** Exactly one of: an agenda session, or an interview slot a booth opened (booked for me alone). */
export const ScheduleBodySchema = z.object({ sessionId: IdSchema.optional(), interviewSlotId: IdSchema.optional() })
  .refine((v) => (v.sessionId === undefined) !== (v.interviewSlotId === undefined), { error: '请选择一个议程或一个面试时段', path: ['sessionId'] })

export const SlotCreateSchema = z.object({ startsAt: when, endsAt: when }).refine(ends, endsIssue)
/**
 * How many interview slots one booth may open (decision 100). The event's slot list shows its first 500 by time, so a
 * booth opening hundreds at the start hid every other booth's slots from students and from their own booth pages.
 * 100 is a two-day fair in ten-minute slots.
 */
export const MAX_SLOTS_PER_BOOTH = 100
export const SlotSchema = z.object({
  id: z.string(), boothId: z.string(), org: z.string(), number: z.string().nullable(), zone: z.string().nullable(),
  startsAt: IsoDateTimeSchema, endsAt: IsoDateTimeSchema, booked: z.boolean(), mine: z.boolean(),
})
export const SlotListSchema = z.object({ items: z.array(SlotSchema) })
/** `boothId`: that booth's slots only, never cut (a booth opens at most MAX_SLOTS_PER_BOOTH; decision 112). */
export const SlotListQuerySchema = z.object({ boothId: IdSchema.optional() })
export const ScheduleEntrySchema = z.object({
  id: z.string(), title: z.string(), startsAt: IsoDateTimeSchema, endsAt: IsoDateTimeSchema.nullable(),
  place: z.string().nullable(), sessionId: z.string().nullable(), interviewId: z.string().nullable(), interviewSlotId: z.string().nullable(),
})
/**
 * One entry of my schedule across events, with the other entries it overlaps (shared schedule-overlap rule);
 * `event` is null for an interview an enterprise invited me to outside any event.
 */
export const MyScheduleEntrySchema = ScheduleEntrySchema.extend({
  event: z.object({ id: z.string(), title: z.string() }).nullable(),
  overlaps: z.array(z.object({ id: z.string(), title: z.string() })),
  /** An interview the enterprise cancelled: shown with its reason until its old time passes, overlapping nothing (decision 112). */
  cancelled: z.object({ reason: z.string() }).nullable(),
})
/** My sessions, booked interview slots and interviews still ahead or running, of events neither cancelled nor finished; soonest first. */
export const MyScheduleSchema = z.object({ items: z.array(MyScheduleEntrySchema) })
export type MySchedule = z.infer<typeof MyScheduleSchema>
export const ScheduleResultSchema = z.object({
  item: ScheduleEntrySchema,
  /** Entries of my schedule that overlap the one just added; adding is still allowed. */
  overlaps: z.array(ScheduleEntrySchema),
  warning: z.string().nullable(),
})

export const DashboardSchema = z.object({
  registrations: z.number().int(),
  checkedIn: z.number().int(),
  /** Check-ins per 15-minute bucket (bucket start, Asia/Shanghai shown by the client), empty buckets included. */
  checkinsOverTime: z.array(z.object({ at: IsoDateTimeSchema, count: z.number().int() })),
  booths: z.array(z.object({
    boothId: z.string(), org: z.string(), number: z.string().nullable(), zone: z.string().nullable(),
    visits: z.number().int(), applications: z.number().int(),
  })),
  /** Applications to the jobs offered at this event's booths, made during the event. */
  applications: z.number().int(),
})
export type Dashboard = z.infer<typeof DashboardSchema>

export const DayViewSchema = z.object({
  event: EventSummarySchema,
  /** Sessions running now, and the next ones to start. */
  now: z.array(SessionSchema),
  next: z.array(SessionSchema),
  mySchedule: z.array(ScheduleEntrySchema),
  booths: z.array(BoothSchema),
  myApplications: z.array(z.object({ id: z.string(), jobId: z.string(), jobTitle: z.string(), org: z.string(), status: z.string(), createdAt: IsoDateTimeSchema })),
  myRegistration: RegistrationSchema.nullable(),
})
