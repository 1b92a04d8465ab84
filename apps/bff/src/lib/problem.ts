import { AppError, type FieldIssue, type Problem } from '@zhilian/shared'
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ZodError } from 'zod'

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

export function problemResponse(c: Context, problem: Problem): Response {
  return c.body(JSON.stringify(problem), problem.status as ContentfulStatusCode, { 'content-type': PROBLEM_CONTENT_TYPE })
}

export function fieldIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))
}

export function validationError(error: ZodError): AppError {
  return new AppError('VALIDATION_FAILED', { issues: fieldIssues(error), internal: error.message })
}
