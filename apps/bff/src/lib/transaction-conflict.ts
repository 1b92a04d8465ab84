import { AppError } from '@zhilian/shared'
import { databaseError } from './driver-error'

/** SQLSTATEs PostgreSQL answers when it ends one of two transactions so the other can go on. */
const LOST = new Set(['40P01', '40001'])

/**
 * A transaction PostgreSQL ended to break a deadlock (or a serialization failure): the other request went through,
 * and this one changed nothing, so the person can simply try again (409, never 500). Decision 069: an account
 * deletion locks the user row before the application rows it withdraws, while an enterprise moving one of those
 * applications at the same instant locks them in the other order; one of the two is ended this way.
 */
export function lostTransaction(error: unknown): AppError | undefined {
  const db = databaseError(error)
  if (!db || (db.prismaCode !== 'P2034' && !(db.sqlState && LOST.has(db.sqlState)))) return undefined
  return new AppError('CONFLICT', { userMessage: '刚才有其他操作同时修改了相同的内容，本次操作没有保存，请重试', cause: error, internal: `transaction ended by the database (${db.sqlState ?? db.prismaCode})` })
}
