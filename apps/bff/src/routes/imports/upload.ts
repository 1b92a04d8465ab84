import { AppError } from '@zhilian/shared'
import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { notXlsxMessage } from '../../excel/file-kind'
import type { AppBindings } from '../../lib/types'

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024
const TOO_LARGE = '文件过大，请上传不超过5 MB的 Excel 文件；数据很多时可分批上传'

const limit = bodyLimit({
  maxSize: MAX_UPLOAD_BYTES + 64 * 1024,
  onError: () => {
    throw new AppError('PAYLOAD_TOO_LARGE', { userMessage: TOO_LARGE })
  },
})

/**
 * Stops reading an upload past the limit (plus room for the multipart envelope), with the upload's own message.
 * Only multipart bodies are uploads: any other body was limited by the app-wide guard, which has already read a JSON
 * one (lib/input-guard.ts) — asking bodyLimit to read it again threw on the spent stream (a 500 the fuzz found for
 * a chunked JSON body); the route's media-type gate answers it with 415 (lib/on-error).
 */
export const uploadLimit: MiddlewareHandler<AppBindings> = (c, next) =>
  (c.req.header('content-type') ?? '').toLowerCase().startsWith('multipart/') ? limit(c, next) : next()

/** The uploaded workbook's bytes, refused early when it is not one. */
export async function readUpload(c: Context<AppBindings>): Promise<{ bytes: Uint8Array; name: string }> {
  if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) {
    throw new AppError('UNSUPPORTED_MEDIA', { userMessage: '请以表单方式上传 Excel 文件（字段名 file）' })
  }
  const form = await c.req.parseBody()
  const file = form.file
  if (!(file instanceof File)) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'file', message: '请选择要上传的 Excel 文件' }] })
  if (file.size > MAX_UPLOAD_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', { userMessage: TOO_LARGE })
  const bytes = new Uint8Array(await file.arrayBuffer())
  const notXlsx = notXlsxMessage(bytes)
  if (notXlsx) throw new AppError('UNSUPPORTED_MEDIA', { userMessage: notXlsx })
  return { bytes, name: file.name }
}
