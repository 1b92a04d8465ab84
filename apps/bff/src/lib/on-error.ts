import { AppError, type ErrorCode } from '@zhilian/shared'
import type { ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { ZodError } from 'zod'
import { databaseError } from './driver-error'
import { problemResponse, validationError } from './problem'
import { retiredUserWrite } from './retired-user'
import { suspendedUnitWrite } from './suspended-unit'
import { lostTransaction } from './transaction-conflict'
import { isUniqueViolation } from './unique-violation'
import { vanishedRow } from './vanished-row'
import type { AppBindings } from './types'

/** Hono's own HTTP exceptions (malformed JSON, body too large …) mapped onto our codes. */
function fromHttpException(error: HTTPException): AppError {
  const byStatus: Record<number, ErrorCode> = {
    400: 'BAD_REQUEST', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA',
  }
  const code = byStatus[error.status] ?? (error.status < 500 ? 'BAD_REQUEST' : 'INTERNAL')
  // A 415 here is the OpenAPI media-type gate: the body's type is not the route's (not an upload of the wrong file
  // type, which readUpload words itself). Routes take JSON, except the Excel uploads, which take a form.
  const userMessage = error.status === 415 ? '请求内容的格式不受支持：上传 Excel 请以表单（multipart/form-data）提交，其他请求请以 JSON 提交' : undefined
  return new AppError(code, { internal: error.message, cause: error, userMessage })
}

const DUPLICATE_WRITE = '该内容刚刚已提交过（可能是重复点击），请刷新后查看'

function toAppError(error: unknown, callerId: string | undefined): AppError | undefined {
  if (error instanceof AppError) return error
  if (error instanceof ZodError) return validationError(error)
  if (error instanceof HTTPException) return fromHttpException(error)
  // A double tap or two colleagues at once: the unique index let one write through, so this one is a duplicate, not
  // a failure of ours (decision 049). Handlers with a more precise sentence catch it themselves first.
  if (isUniqueViolation(error)) return new AppError('DUPLICATE', { userMessage: DUPLICATE_WRITE, cause: error, internal: 'unique violation' })
  return retiredUserWrite(error, callerId) ?? suspendedUnitWrite(error) ?? lostTransaction(error) ?? vanishedRow(error)
}

/** Every failure leaves as application/problem+json; unknown ones are logged and answered as INTERNAL. */
export const onError: ErrorHandler<AppBindings> = (error, c) => {
  const requestId = c.get('requestId')
  const logger = c.get('logger')
  const known = toAppError(error, c.get('user')?.id)
  if (known) {
    if (known.status >= 500) logger?.error({ err: error, code: known.code }, known.message)
    else if (databaseError(error)?.prismaCode === 'P2025') logger?.warn({ err: error, code: known.code }, known.message)
    else logger?.debug({ code: known.code, internal: known.message }, 'request refused')
    const res = problemResponse(c, known.toProblem(requestId))
    if (known.retryAfterSeconds !== undefined) res.headers.set('retry-after', String(known.retryAfterSeconds))
    return res
  }
  logger?.error({ err: error }, 'unhandled error')
  return problemResponse(c, new AppError('INTERNAL').toProblem(requestId))
}

export const notFound: NotFoundHandler<AppBindings> = (c) =>
  problemResponse(c, new AppError('NOT_FOUND', { userMessage: '您访问的地址不存在' }).toProblem(c.get('requestId')))
