import { z } from 'zod'
import { CursorSchema, IdSchema } from './common'
import { text } from './text'

/** The administrators' review queue (organisations, jobs, lists, reports) and its fraud signals. */

export const ReviewKind = z.enum(['organization', 'job', 'supply_list', 'demand_list', 'report'])
export type ReviewKind = z.infer<typeof ReviewKind>

export const ReviewQueueQuerySchema = z.object({
  kind: ReviewKind,
  cursor: CursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
})

/** A reason to look twice, computed by the server; `message` is Chinese for the reviewer. */
export const FraudSignalSchema = z.object({
  code: z.enum(['uscc_invalid', 'shared_phone', 'shared_uscc', 'duplicate_org', 'salary_out_of_range', 'training_fee_wording']),
  severity: z.enum(['warn', 'high']),
  message: z.string(),
})
export type FraudSignal = z.infer<typeof FraudSignalSchema>

export const ReviewItemSchema = z.object({
  kind: ReviewKind,
  id: z.string(),
  title: z.string(),
  orgId: z.string().nullable(),
  orgName: z.string().nullable(),
  submittedAt: z.string(),
  /** The USCC check of the organisation behind the item. */
  usccValid: z.boolean().nullable(),
  summary: z.record(z.string(), z.unknown()),
  signals: z.array(FraudSignalSchema),
})
export type ReviewItem = z.infer<typeof ReviewItemSchema>

export const ReviewPageSchema = z.object({ items: z.array(ReviewItemSchema), nextCursor: z.string().nullable() })

export const ReviewParamSchema = z.object({ kind: ReviewKind, id: IdSchema })

export const ReviewDecisionBodySchema = z
  .object({
    decision: z.enum(['approve', 'reject', 'request_changes']),
    reason: text(500).optional(),
    /**
     * The item's `submittedAt` as the reviewer's queue showed it (decision 085). The submitter may change a job, a
     * list or a unit while it waits; with this stamp the decision applies only to what the reviewer read, and an item
     * changed since answers 409. Required (decision 088): a client that leaves it out is told to reload the queue,
     * not allowed to decide on whatever the item has become.
     */
    submittedAt: z.iso.datetime({ error: '缺少审核内容的提交时间，请刷新审核列表后再审核' }),
  })
  .refine((v) => v.decision === 'approve' || (v.reason?.length ?? 0) > 0, { path: ['reason'], error: '退回或要求修改时请填写原因' })
export type ReviewDecisionBody = z.infer<typeof ReviewDecisionBodySchema>

export const ReviewDecisionResultSchema = z.object({ kind: ReviewKind, id: z.string(), status: z.string() })

export const ReportBodySchema = z.object({
  targetKind: z.enum(['job', 'organization', 'supply_list', 'demand_list', 'event']),
  targetId: IdSchema,
  reason: text(500).min(2, { error: '请说明举报原因' }),
})
export const ReportCreatedSchema = z.object({ id: z.string(), status: z.literal('open') })
