import type { Prisma } from '@zhilian/db'
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

/** Who suspended a unit and why, as its members and the people it deals with are told (decision 083). */
export interface Suspension { suspendedBy: string; suspendedReason: string }

/**
 * The one check that a unit is not suspended before it acts or is acted with (decisions 083, 089): 409 UNIT_SUSPENDED
 * with the message the caller words from who suspended it and why; nothing when the unit is not suspended.
 */
export async function refuseIfSuspended(db: Pick<Prisma.TransactionClient, 'organization'>, orgId: string, message: (s: Suspension) => string) {
  const org = await db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { verification: true, suspendedBy: true, suspendedReason: true } })
  if (org.verification !== 'suspended') return
  throw new AppError('UNIT_SUSPENDED', {
    userMessage: message({ suspendedBy: org.suspendedBy ?? '管理员', suspendedReason: org.suspendedReason ?? '未填写' }),
    internal: `org ${orgId} suspended`,
  })
}
