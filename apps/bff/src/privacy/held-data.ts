import { Prisma } from '@zhilian/db'
import { USER_DATA } from './user-data'

/**
 * Columns of USER_DATA that say nothing about what the person keeps here: the account row itself, and the audit
 * trail, which records sign-ups and settings of every account (it is append-only and nobody's "data" to lose).
 */
const NOT_HELD_DATA = ['User.id', 'AuditLog.actorUserId'] as const

/**
 * Every other user-keyed column (résumé, applications with their consents, enrolments, registrations, agenda, booth
 * visits, subscription consents, reminders, inbox, reports, and the staff tables), taken from USER_DATA, which
 * privacy/user-data.test.ts keeps equal to what prisma/schema.prisma holds: a new table counts here unasked.
 */
export const HELD_DATA_COLUMNS = Object.keys(USER_DATA).filter((column) => !(NOT_HELD_DATA as readonly string[]).includes(column))

const existsIn = (column: string, userId: string) => {
  const [table, key] = column.split('.')
  // Identifiers come from the constant table above, never from a request.
  return Prisma.sql`CASE WHEN EXISTS (SELECT 1 FROM ${Prisma.raw(`"${table}"`)} WHERE ${Prisma.raw(`"${key}"`)} = ${userId}) THEN ${column}::text END`
}

/**
 * The columns in which the user has at least one row, in one statement (decision 066: a WeChat account holding any
 * is not an empty account to retire). Empty = nothing of the person's own would be left behind.
 */
export async function heldData(db: Pick<Prisma.TransactionClient, '$queryRaw'>, userId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ held: string[] }[]>`
    SELECT ARRAY_REMOVE(ARRAY[${Prisma.join(HELD_DATA_COLUMNS.map((column) => existsIn(column, userId)))}]::text[], NULL) AS "held"`
  return rows[0]?.held ?? []
}
