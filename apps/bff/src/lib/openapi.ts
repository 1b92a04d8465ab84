import { ProblemSchema } from '@zhilian/shared'
import type { ZodType } from 'zod'
import { PROBLEM_CONTENT_TYPE } from './problem'

export const jsonContent = <T extends ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
})

export const jsonBody = <T extends ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
  required: true,
})

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (VALIDATION_FAILED / BAD_REQUEST)',
  401: 'Not signed in, or the session was revoked',
  403: 'Signed in, but the role or organisation does not allow this',
  404: 'No such record (or not yours)',
  409: 'Conflicts with the current state',
  429: 'Too many attempts',
  502: 'WeChat refused the sign-in',
  503: 'An upstream service is unavailable',
}

/** The problem+json responses a route can answer, for the OpenAPI document. */
export function problems(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } }, description: PROBLEM_DESCRIPTIONS[status] ?? 'Problem' },
    ]),
  ) as Record<number, { content: { 'application/problem+json': { schema: typeof ProblemSchema } }; description: string }>
}
