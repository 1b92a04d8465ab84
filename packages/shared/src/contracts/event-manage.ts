import { z } from 'zod'
import { ActingUnitQuerySchema, CursorSchema, IsoDateTimeSchema, pageOf } from './common'
import { BoothSchema, EventSummarySchema } from './events'

/** What organisers and exhibiting enterprises list: their own events and booths, whatever the event's status. */

export const OrganisedQuerySchema = z.object({
  cursor: CursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
})

/** The exhibitor's list names its unit as every booth route does (decision 095). */
export const ExhibitingQuerySchema = OrganisedQuerySchema.extend(ActingUnitQuerySchema.shape)

/** Events I organise, newest start first, drafts and cancelled ones included. */
export const OrganisedPageSchema = pageOf(EventSummarySchema)

export const EnterpriseWindowSchema = z.enum(['open', 'not_yet', 'closed'])
export const ExhibitorEventSchema = EventSummarySchema.extend({
  enterpriseRegOpens: IsoDateTimeSchema.nullable(),
  enterpriseRegCloses: IsoDateTimeSchema.nullable(),
  /** Whether a booth may be applied for now (the enterprise window, and the event neither over nor cancelled). */
  enterpriseWindow: EnterpriseWindowSchema,
  myBooth: BoothSchema.nullable(),
})
export type ExhibitorEvent = z.infer<typeof ExhibitorEventSchema>
/** Upcoming events, and any event where my enterprise has a booth, soonest first. */
export const ExhibitorPageSchema = pageOf(ExhibitorEventSchema)

export const MyBoothSchema = z.object({
  event: ExhibitorEventSchema,
  /** My enterprise's open jobs, to choose which the booth offers. */
  openJobs: z.array(z.object({ id: z.string(), title: z.string(), salaryMin: z.number().int(), salaryMax: z.number().int() })),
  slots: z.array(z.object({ id: z.string(), startsAt: IsoDateTimeSchema, endsAt: IsoDateTimeSchema, booked: z.boolean() })),
  /** Students whose code my booth scanned; `applied` when they applied to one of my jobs (their résumé is then in 应聘者). */
  visits: z.array(z.object({ id: z.string(), student: z.object({ id: z.string(), displayName: z.string() }), visitedAt: IsoDateTimeSchema, applied: z.boolean() })),
})
export type MyBooth = z.infer<typeof MyBoothSchema>
