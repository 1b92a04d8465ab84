import { AppError } from '@zhilian/shared'
import { databaseError } from './driver-error'

/** The SQLSTATE of migration 20261206223000_suspended_units: a suspended unit's job was about to become open. */
const SUSPENDED_UNIT = 'ZL002'

const SUSPENDED_JOB = '该单位已被管理员暂停，其岗位暂不能上线招聘；单位恢复后可再发布'

/**
 * A job the database refused to open because its unit is suspended (decision 083): whoever wrote it — the enterprise
 * publishing or resuming, a reviewer approving it, a demand-list approval materialising its rows — gets 409 in the
 * one error format, and nothing of the request was saved (the refusal rolled its transaction back).
 */
export function suspendedUnitWrite(error: unknown): AppError | undefined {
  const db = databaseError(error)
  if (db?.sqlState !== SUSPENDED_UNIT) return undefined
  return new AppError('UNIT_SUSPENDED', { userMessage: SUSPENDED_JOB, cause: error, internal: db.message })
}
