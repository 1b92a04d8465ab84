import { z } from 'zod'
import { CursorQuerySchema, CursorSchema, IdSchema, idOf, IsoDateTimeSchema, pageOf } from './common'
import { searchText } from './text'
import { JobInput } from './demand-list'
import { Education, EventKind, JobStatus, JobType, SkillLevel } from './enums'

/**
 * Jobs as students find them (GET /api/jobs, /api/jobs/:id) and as enterprises manage them
 * (/api/enterprise/jobs). The enterprise input reuses 附件2's JobInput, so a job typed into the
 * mini-program and a row imported from the demand list obey the same rules.
 */

export const JobSortSchema = z.enum(['newest', 'match'])

const optionalInt = (max: number) => z.coerce.number().int().min(0).max(max).optional()

export const JobListQuerySchema = z
  .object({
    q: searchText(40).optional(),
    chainId: idOf(20).optional(),
    cityCode: z.string().regex(/^\d{6}$/, { error: '城市代码应为6位数字' }).optional(),
    majorCode: idOf(20).optional(),
    /** The highest education a job may ask for (a student passes their own). */
    education: Education.schema.optional(),
    type: JobType.schema.optional(),
    salaryMin: optionalInt(1_000_000),
    salaryMax: optionalInt(1_000_000),
    sort: JobSortSchema.default('newest'),
    cursor: CursorSchema.optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .refine((q) => q.salaryMin === undefined || q.salaryMax === undefined || q.salaryMin <= q.salaryMax, {
    path: ['salaryMin'],
    message: '最低薪资不能高于最高薪资',
  })
export type JobListQuery = z.infer<typeof JobListQuerySchema>

export const OrgLabelBadgeSchema = z.object({ id: z.string(), name: z.string(), verified: z.boolean() })

export const JobListItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  org: z.object({ id: z.string(), name: z.string(), labels: z.array(OrgLabelBadgeSchema) }),
  city: z.object({ code: z.string(), name: z.string() }),
  salaryMin: z.number().int(),
  salaryMax: z.number().int(),
  type: JobType.schema,
  education: Education.schema,
  headcountLeft: z.number().int(),
  chain: z.object({ id: z.string(), name: z.string() }).nullable(),
  publishedAt: IsoDateTimeSchema.nullable(),
  /** Only with sort=match. */
  match: z.object({ score: z.number(), reasons: z.array(z.string()) }).optional(),
})
export type JobListItem = z.infer<typeof JobListItemSchema>
export const JobListPageSchema = pageOf(JobListItemSchema)
export type JobListPage = z.infer<typeof JobListPageSchema>

export const JobSkillSchema = z.object({ name: z.string(), level: SkillLevel.schema })

export const JobFairSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: EventKind.schema,
  startsAt: IsoDateTimeSchema,
  endsAt: IsoDateTimeSchema,
  city: z.object({ code: z.string(), name: z.string() }),
  venue: z.string().nullable(),
  booth: z.string().nullable(),
})

export const JobDetailSchema = JobListItemSchema.omit({ match: true }).extend({
  status: JobStatus.schema,
  headcount: z.number().int(),
  minYearsExperience: z.number().int(),
  description: z.string(),
  closesAt: IsoDateTimeSchema.nullable(),
  /**
   * Set when the expiry sweep closed the job by its date (decision 055). A job closed by hand has none, even once its
   * date has passed: the page says 已截止 only for the first.
   */
  expiredAt: IsoDateTimeSchema.nullable(),
  org: z.object({
    id: z.string(),
    name: z.string(),
    labels: z.array(OrgLabelBadgeSchema),
    city: z.object({ code: z.string(), name: z.string() }),
    intro: z.string().nullable(),
  }),
  skills: z.array(JobSkillSchema),
  majors: z.array(z.object({ code: z.string(), name: z.string() })),
  fairs: z.array(JobFairSchema),
})
export type JobDetail = z.infer<typeof JobDetailSchema>

// ───── enterprise side ─────

const chainId = idOf(20).nullable().optional()

/** 附件2's job row plus the chain it belongs to; `publish: false` keeps it as a draft. */
export const EnterpriseJobCreateSchema = JobInput.and(
  z.object({
    chainId,
    /** Which of the caller's organisations posts it; only needed when they belong to several. */
    orgId: IdSchema.optional(),
    publish: z.boolean().default(true),
  }),
)
export type EnterpriseJobCreate = z.infer<typeof EnterpriseJobCreateSchema>

/** Any subset of the job's fields; the merged job is checked against JobInput again. */
export const EnterpriseJobPatchSchema = z
  .object({ ...JobInput.shape, chainId })
  .partial()
  .refine((body) => Object.values(body).some((v) => v !== undefined), { message: '请至少修改一项' })
export type EnterpriseJobPatch = z.infer<typeof EnterpriseJobPatchSchema>

export const EnterpriseJobsQuerySchema = CursorQuerySchema.extend({ status: JobStatus.schema.optional() })

export const EnterpriseJobSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  title: z.string(),
  type: JobType.schema,
  status: JobStatus.schema,
  headcount: z.number().int(),
  hiredCount: z.number().int(),
  education: Education.schema,
  minYearsExperience: z.number().int(),
  cityCode: z.string(),
  salaryMin: z.number().int(),
  salaryMax: z.number().int(),
  chainId: z.string().nullable(),
  description: z.string(),
  publishedAt: IsoDateTimeSchema.nullable(),
  /** 投递截止日期; past it the job leaves the students' lists (decision 051). */
  closesAt: IsoDateTimeSchema.nullable(),
  /** Set when the sweep closed the job by its date: only such a job re-opens with a new date (decision 055). */
  expiredAt: IsoDateTimeSchema.nullable(),
  updatedAt: IsoDateTimeSchema,
  skills: z.array(JobSkillSchema),
  majorCodes: z.array(z.string()),
  /** Applications per status. */
  applicationCounts: z.record(z.string(), z.number().int()),
})
export type EnterpriseJob = z.infer<typeof EnterpriseJobSchema>
export const EnterpriseJobPageSchema = pageOf(EnterpriseJobSchema)

/**
 * A new closing day for an own job (decision 055): a Beijing calendar day, closing as it ends; from today up to
 * MAX_CLOSING_DAYS ahead (the BFF judges the range against its own clock). A job closed by its date re-opens.
 */
export const JobClosingDateBodySchema = z.object({ closesOn: z.iso.date({ error: '请选择截止日期' }) })
export type JobClosingDateBody = z.infer<typeof JobClosingDateBodySchema>

export const JobActionSchema = z.enum(['pause', 'resume', 'close', 'duplicate'])
export type JobAction = z.infer<typeof JobActionSchema>
