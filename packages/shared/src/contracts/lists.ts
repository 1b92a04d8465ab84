import { FieldIssueSchema } from '../errors'
import { ListStatus } from './enums'
import { z } from 'zod'

/** Request and response shapes of /supply-lists/mine and /demand-lists/mine (one workflow for both forms), shared by the BFF and the mini-program. */

export const SectionParamSchema = z.object({ section: z.string().min(1).max(20) })
/** A section as typed: kept as is (nothing typed is lost) and validated beside it. */
export const SectionBodySchema = z.record(z.string(), z.unknown())

const ListMetaSchema = z.object({
  id: z.string(),
  status: ListStatus.schema,
  version: z.number().int(),
  /** The version that counts publicly (its rows are in the chain databases); null until one is approved. */
  approvedVersion: z.number().int().nullable(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  /** The reviewer's reason when the list was returned. */
  reviewNote: z.string().nullable(),
  updatedAt: z.string(),
  /**
   * The draft was changed (typed or imported) after the last submission and not submitted since: the status
   * describes the submitted version, not what the form shows (decision 073). False for a list never submitted.
   */
  unsubmittedChanges: z.boolean(),
})

export const VersionRefSchema = z.object({
  version: z.number().int(),
  at: z.string(),
  byUserId: z.string(),
  source: z.enum(['submit', 'import']),
  data: z.record(z.string(), z.unknown()),
})

export const MyListSchema = z.object({
  org: z.object({ id: z.string(), name: z.string(), verified: z.boolean() }),
  list: ListMetaSchema.nullable(),
  draft: z.record(z.string(), z.unknown()),
  sections: z.array(z.string()),
  missingSections: z.array(z.string()),
  /** False until the organisation and the caller's membership are verified. */
  canSubmit: z.boolean(),
  lastSubmitted: VersionRefSchema.nullable(),
})

export const SectionSavedSchema = z.object({
  section: z.string(),
  saved: z.literal(true),
  valid: z.boolean(),
  issues: z.array(FieldIssueSchema),
  missingSections: z.array(z.string()),
  updatedAt: z.string(),
  /** As `/mine`'s `list.unsubmittedChanges`, after this save: the status line follows it without reloading the form. */
  unsubmittedChanges: z.boolean(),
})

export const SubmittedSchema = z.object({ id: z.string(), status: ListStatus.schema, version: z.number().int(), submittedAt: z.string() })

/** One changed field of a version, ready to show as 字段 / 原值 / 新值 (a list section shows its row count). */
const ChangeSchema = z.object({ section: z.string(), label: z.string(), from: z.string(), to: z.string() })
export const VersionListSchema = z.object({
  items: z.array(z.object({
    version: z.number().int(),
    at: z.string(),
    source: z.enum(['submit', 'import']),
    by: z.object({ id: z.string(), displayName: z.string().nullable() }),
    changes: z.array(ChangeSchema),
  })),
})

export type MyList = z.infer<typeof MyListSchema>
export type SectionSaved = z.infer<typeof SectionSavedSchema>
export type VersionList = z.infer<typeof VersionListSchema>

const PlannedJobSchema = z.object({ id: z.string().nullable(), title: z.string() })

/**
 * What approving a 附件2 would do to the enterprise's live jobs (decision 015): the list's new rows become
 * jobs, changed rows update their job (with the Chinese names of the changed fields), rows the enterprise
 * removed close their job. Jobs posted from 我的岗位 are never in it. The phone shows this before submit;
 * submit echoes `planKey` back as the enterprise's confirmation.
 */
export const JobPlanSchema = z.object({
  add: z.array(PlannedJobSchema),
  change: z.array(PlannedJobSchema.extend({ fields: z.array(z.string()) })),
  close: z.array(PlannedJobSchema),
  unchanged: z.number().int(),
  /** Live jobs posted from 我的岗位: the list leaves them as they are. */
  untouched: z.number().int(),
  planKey: z.string(),
})
export type JobPlan = z.infer<typeof JobPlanSchema>

/** 附件2's submit confirms the job plan it was shown; 附件1 sends no body. */
export const SubmitBodySchema = z.object({ confirmJobs: z.string().max(100).optional() })
export type SubmitBody = z.infer<typeof SubmitBodySchema>
