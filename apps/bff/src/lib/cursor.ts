import { AppError } from '@zhilian/shared'
import { dateTimeInput, IdSchema } from '@zhilian/shared/contracts/common'
import type { z } from 'zod'

/**
 * Keyset cursors travel as opaque base64url JSON, so the client cannot depend on their shape and
 * the server may change it; a cursor that does not parse is answered 400, never guessed at. The sort keys a
 * cursor carries are checked as strictly as the client's own input: `cursorKey.date` is a real ISO time in range,
 * `cursorKey.id` an id, so a forged cursor never reaches the database as `new Date('garbage')`.
 */
export const cursorKey = { date: dateTimeInput(), id: IdSchema } as const

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url')
}

export function decodeCursor<T extends z.ZodType>(schema: T, cursor: string | undefined): z.infer<T> | undefined {
  if (cursor === undefined) return undefined
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')))
    if (parsed.success) return parsed.data
  } catch {
    // fall through to the refusal below
  }
  throw new AppError('BAD_REQUEST', { userMessage: '分页参数无效，请刷新列表后重试', internal: `bad cursor ${cursor}` })
}

/** `%`, `_` and `\` are wildcards to ILIKE; Prisma's `contains` passes them through unescaped. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&')
