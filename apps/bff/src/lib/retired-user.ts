import { AppError } from '@zhilian/shared'
import { databaseError } from './driver-error'

/** The SQLSTATE of migration 20261206120000_no_rows_for_retired_users: a row was about to name a deleted account. */
const RETIRED_USER = 'ZL001'

/** The deleted account a write was refused for, or undefined when the error is something else. */
function retiredUserOf(error: unknown): string | undefined {
  const db = databaseError(error)
  if (db?.sqlState !== RETIRED_USER) return undefined
  return /zl_retired_user:(\S+)/.exec(db.message)?.[1] ?? ''
}

/**
 * A write the database refused because the account it names was deleted while the request ran (decision 069): the
 * caller's own account — closed under 注销账号 or given up by 关联网页账号 — answers 401, which signs the app out as
 * the next request would; someone else's account (a notice to a student who just left) answers 409. Either way
 * nothing of the request was saved: the refusal rolled its transaction back.
 */
export function retiredUserWrite(error: unknown, callerId: string | undefined): AppError | undefined {
  const userId = retiredUserOf(error)
  if (userId === undefined) return undefined
  if (userId === callerId) {
    return new AppError('UNAUTHENTICATED', { userMessage: '当前账号刚刚已注销或已关联到网页账号，本次操作没有保存，请重新登录', cause: error, internal: 'write for the caller’s retired account' })
  }
  return new AppError('CONFLICT', { userMessage: '相关用户的账号刚刚已注销，本次操作没有保存，请刷新后重试', cause: error, internal: `write for retired user ${userId}` })
}
