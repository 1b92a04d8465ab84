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
  return { bytes, name: storedFileName(file.name) }
}

/** Long enough for any name a person gives a workbook; the stored name only labels the marked-up copy's download. */
const MAX_NAME_CHARACTERS = 100

/**
 * The upload's file name as it is kept (ImportJob.fileName) and sent back in the marked-up copy's file name (decision
 * 069). The name is the client's to choose, so it is cleaned rather than refused: the last path segment only (old
 * browsers send C:\…\清单.xlsx); no control or format characters and no lone surrogate halves (PostgreSQL cannot
 * store a NUL, which answered 500); at most 100 characters with the extension kept (a 300,000-character name was
 * stored and sent back in a response header).
 */
function storedFileName(raw: string): string {
  const base = raw.split(/[\\/]/).at(-1) ?? ''
  const clean = base.replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, '').trim()
  const ext = /\.[A-Za-z0-9]{1,8}$/.exec(clean)?.[0] ?? ''
  const stem = [...clean.slice(0, clean.length - ext.length)].slice(0, MAX_NAME_CHARACTERS).join('').trim()
  return stem ? `${stem}${ext}` : 'list.xlsx'
}
