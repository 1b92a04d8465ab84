import { AppError, type FieldIssue, type Problem } from '@zhilian/shared'
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ZodError } from 'zod'

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

export function problemResponse(c: Context, problem: Problem): Response {
  return c.body(JSON.stringify(problem), problem.status as ContentfulStatusCode, { 'content-type': PROBLEM_CONTENT_TYPE })
}

/**
 * One problem per field, the first a schema found: zod runs every check of a string, so an empty required id or
 * phone also failed its format and was reported twice (「不能为空」 and 「格式不正确」, decision 107). Schemas check
 * presence before form, as the forms show only a field's first problem.
 */
export function fieldIssues(error: ZodError): FieldIssue[] {
  const byPath = new Map<string, FieldIssue>()
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.')
    if (!byPath.has(path)) byPath.set(path, { path, message: issue.message })
  }
  return [...byPath.values()]
}

export function validationError(error: ZodError): AppError {
  return new AppError('VALIDATION_FAILED', { issues: fieldIssues(error), internal: error.message })
}
