import { z } from 'zod'

import { ERROR_CODES, type ErrorCode } from './error-codes'

export { ERROR_CODES, type ErrorCode }
export const ErrorCodeSchema = z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]])

/** A problem beside one field (a form input, or an Excel cell). */
export const FieldIssueSchema = z.object({
  path: z.string().describe('dotted field path, e.g. "jobs.2.headcount"'),
  message: z.string().describe('Chinese message shown beside the field'),
  sheet: z.string().optional(),
  row: z.number().int().optional(),
  column: z.string().optional(),
})
export type FieldIssue = z.infer<typeof FieldIssueSchema>

export const ProblemSchema = z.object({
  type: z.string().default('about:blank'),
  code: ErrorCodeSchema,
  status: z.number().int(),
  title: z.string(),
  message: z.string().describe('Chinese, for the user'),
  requestId: z.string().optional(),
  issues: z.array(FieldIssueSchema).optional(),
})
export type Problem = z.infer<typeof ProblemSchema>

export class AppError extends Error {
  readonly code: ErrorCode
  readonly status: number
  readonly userMessage: string
  readonly issues?: FieldIssue[]
  /** For RATE_LIMITED: when to try again (the Retry-After header). */
  readonly retryAfterSeconds?: number

  /** `internal` goes to logs only; `userMessage` (Chinese) goes to the user. */
  constructor(
    code: ErrorCode,
    opts: { userMessage?: string; internal?: string; issues?: FieldIssue[]; cause?: unknown; retryAfterSeconds?: number } = {},
  ) {
    super(opts.internal ?? code, { cause: opts.cause })
    this.name = 'AppError'
    this.code = code
    this.status = ERROR_CODES[code].status
    this.userMessage = opts.userMessage ?? ERROR_CODES[code].message
    this.issues = opts.issues
    this.retryAfterSeconds = opts.retryAfterSeconds
  }

  toProblem(requestId?: string): Problem {
    return {
      type: 'about:blank',
      code: this.code,
      status: this.status,
      title: this.code,
      message: this.userMessage,
      requestId,
      ...(this.issues ? { issues: this.issues } : {}),
    }
  }
}
