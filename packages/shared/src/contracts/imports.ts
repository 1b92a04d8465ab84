import { z } from 'zod'
import { FieldIssueSchema } from '../errors'

/** Excel uploads of the two official lists, worked as jobs the phone can poll. */

export const ImportStatusSchema = z.enum(['queued', 'parsing', 'validating', 'writing', 'done', 'failed'])

export const ImportJobSchema = z.object({
  id: z.string(),
  kind: z.enum(['supply', 'demand']),
  status: ImportStatusSchema,
  /** 0..100 */
  progress: z.number().int(),
  /** Every problem found (sheet, row, column, Chinese message) when the file was refused. */
  issues: z.array(FieldIssueSchema),
  /** The file held exactly what the list already holds: nothing was written. */
  unchanged: z.boolean().nullable(),
  /** The list version the import recorded. */
  version: z.number().int().nullable(),
  /** Data rows read per sheet. */
  rows: z.record(z.string(), z.number()).nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
})
export type ImportJob = z.infer<typeof ImportJobSchema>
