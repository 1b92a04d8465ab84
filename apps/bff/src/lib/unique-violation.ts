import { databaseError } from './driver-error'

/**
 * Did a write break a unique index? Prisma's own calls say P2002; a raw statement says P2010 and carries the driver
 * adapter's cause (kind UniqueConstraintViolation, SQLSTATE 23505). Two requests racing past a check-then-insert end
 * here, and onError answers 409 for any handler that does not word it itself (decision 049).
 */
export function isUniqueViolation(error: unknown): boolean {
  const db = databaseError(error)
  return !!db && (db.prismaCode === 'P2002' || db.kind === 'UniqueConstraintViolation' || db.sqlState === '23505')
}
