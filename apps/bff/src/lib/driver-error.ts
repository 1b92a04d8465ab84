import { Prisma } from '@zhilian/db'

type AdapterCause = { kind?: string; originalCode?: string; code?: string; message?: string }

/**
 * What PostgreSQL said about a failed statement, read from Prisma's error: Prisma's own code (P2002 …), the driver
 * adapter's SQLSTATE and message (present for raw statements and for errors Prisma has no code of its own for: a
 * trigger's exception, a deadlock). Undefined for anything that is not a database error. The one place that knows
 * where Prisma keeps them.
 */
export function databaseError(error: unknown): { prismaCode: string; sqlState?: string; kind?: string; message: string } | undefined {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return undefined
  const cause = (error.meta?.driverAdapterError as { cause?: AdapterCause } | undefined)?.cause
  return { prismaCode: error.code, sqlState: cause?.originalCode ?? cause?.code, kind: cause?.kind, message: cause?.message ?? '' }
}
