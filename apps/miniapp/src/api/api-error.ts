import { ERROR_CODES, type ErrorCode } from '@zhilian/shared/error-codes'
import type { FieldIssue, Problem } from '@zhilian/shared/errors'

/** What every failed call throws: the problem's code and its Chinese message, ready for a toast or a field. */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly status: number
  readonly issues: FieldIssue[]
  readonly requestId?: string

  constructor(code: ErrorCode, message: string, opts: { status?: number; issues?: FieldIssue[]; requestId?: string } = {}) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.status = opts.status ?? ERROR_CODES[code].status
    this.issues = opts.issues ?? []
    this.requestId = opts.requestId
  }

  /** The message for one form field, if the server named it in `issues`. */
  issueFor(path: string): string | undefined {
    return this.issues.find((issue) => issue.path === path)?.message
  }
}

/**
 * Turns a non-2xx answer into an ApiError. A body that is not our problem shape (a proxy's HTML page,
 * an empty 502) still becomes a Chinese message chosen by status, never a raw English error.
 */
export function problemToError(status: number, body: unknown): ApiError {
  if (isProblem(body)) return new ApiError(body.code, body.message, { status: body.status, issues: body.issues ?? [], requestId: body.requestId })
  return new ApiError(codeForStatus(status), ERROR_CODES[codeForStatus(status)].message, { status })
}

/**
 * The problem shape checked by hand rather than with ProblemSchema: this module is in every page's first
 * view, and zod with the contracts would add ~40 KiB gz to it. The BFF's own tests hold it to ProblemSchema.
 */
function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false
  const p = body as Record<string, unknown>
  const issuesOk = p.issues === undefined || (Array.isArray(p.issues) && p.issues.every((i: { path?: unknown; message?: unknown }) => typeof i?.path === 'string' && typeof i?.message === 'string'))
  return typeof p.code === 'string' && p.code in ERROR_CODES && typeof p.status === 'number' && typeof p.message === 'string' && issuesOk
    && (p.requestId === undefined || typeof p.requestId === 'string')
}

function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED'
  if (status === 403) return 'FORBIDDEN'
  if (status === 404) return 'NOT_FOUND'
  if (status === 409) return 'CONFLICT'
  if (status === 413) return 'PAYLOAD_TOO_LARGE'
  if (status === 429) return 'RATE_LIMITED'
  if (status === 400 || status === 422) return 'BAD_REQUEST'
  if (status === 502 || status === 503 || status === 504) return 'UPSTREAM_UNAVAILABLE'
  return 'INTERNAL'
}

/** The message to show for anything a call threw (network failures included). */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message
  return '网络连接失败，请检查网络后重试'
}
