import { Prisma } from '@zhilian/db'
import { AppError } from '@zhilian/shared'

type AdapterCause = { originalCode?: string; code?: string }

/** SQLSTATEs PostgreSQL answers when it ends one of two transactions so the other can go on. */
const LOST = new Set(['40P01', '40001'])

/**
 * A transaction PostgreSQL ended to break a deadlock (or a serialization failure): the other request went through,
 * and this one changed nothing, so the person can simply try again (409, never 500). Decision 069: an account
 * deletion locks the user row before the application rows it withdraws, while an enterprise moving one of those
 * applications at the same instant locks them in the other order; one of the two is ended this way.
 */
export function lostTransaction(error: unknown): AppError | undefined {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return undefined
  const cause = (error.meta?.driverAdapterError as { cause?: AdapterCause } | undefined)?.cause
  const code = cause?.originalCode ?? cause?.code
  if (error.code !== 'P2034' && !(code && LOST.has(code))) return undefined
  return new AppError('CONFLICT', { userMessage: '刚才有其他操作同时修改了相同的内容，本次操作没有保存，请重试', cause: error, internal: `transaction ended by the database (${code ?? error.code})` })
}
