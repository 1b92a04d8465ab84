import type { Prisma } from '@zhilian/db'

export interface AuditEntry {
  /** null: the system itself (a sweep), not a person. */
  actorUserId: string | null
  orgId?: string
  action: string
  entity: string
  entityId: string
  diff: Prisma.InputJsonValue
}

/** Written with the transaction client of the change it records, so both land or neither does. */
export function audit(tx: Prisma.TransactionClient, entry: AuditEntry) {
  return tx.auditLog.create({ data: entry, select: { id: true } })
}
