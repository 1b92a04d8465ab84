import { Prisma } from '@zhilian/db'

type AdapterCause = { kind?: string; originalCode?: string }

/**
 * Did a write break a unique index? Prisma's own calls say P2002; a raw statement says P2010 and carries the driver
 * adapter's cause (kind UniqueConstraintViolation, SQLSTATE 23505). Two requests racing past a check-then-insert end
 * here, and onError answers 409 for any handler that does not word it itself (decision 049).
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false
  if (error.code === 'P2002') return true
  const cause = (error.meta?.driverAdapterError as { cause?: AdapterCause } | undefined)?.cause
  return cause?.kind === 'UniqueConstraintViolation' || cause?.originalCode === '23505'
}
