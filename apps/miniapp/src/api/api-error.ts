import { ERROR_CODES, ProblemSchema, type ErrorCode, type FieldIssue } from '@zhilian/shared'

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
  const parsed = ProblemSchema.safeParse(body)
  if (parsed.success) {
    const p = parsed.data
    return new ApiError(p.code, p.message, { status: p.status, issues: p.issues, requestId: p.requestId })
  }
  return new ApiError(codeForStatus(status), ERROR_CODES[codeForStatus(status)].message, { status })
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
