import type { Prisma } from '@zhilian/db'

type Tx = Prisma.TransactionClient

/**
 * Rows written in set statements (decision 032): they travel as one jsonb parameter and `jsonb_to_recordset`
 * turns them into a table, so a thousand rows cost one statement. Only core PostgreSQL functions, so the
 * same SQL runs on PGlite and PostgreSQL. A column's kind says how its JSON value becomes the column's type:
 * `day` is an ISO date stored as midnight UTC (how Prisma stores `new Date('…T00:00:00Z')`), `enum:X` a
 * value of the PostgreSQL enum "X", `text[]` a JSON array of strings.
 */
type ColumnKind = 'text' | 'int' | 'numeric' | 'boolean' | 'text[]' | 'day' | `enum:${string}`
export type Columns = Readonly<Record<string, ColumnKind>>

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`
const recordType = (kind: ColumnKind) => (kind === 'day' || kind.startsWith('enum:') ? 'text' : kind)
const columnValue = (name: string, kind: ColumnKind) => {
  const column = `r.${quote(name)}`
  if (kind === 'day') return `(${column})::date::timestamp(3)`
  if (kind.startsWith('enum:')) return `${column}::${quote(kind.slice(5))}`
  return column
}
const recordset = (columns: Columns) =>
  `jsonb_to_recordset($1::jsonb) AS r(${Object.entries(columns).map(([name, kind]) => `${quote(name)} ${recordType(kind)}`).join(', ')})`

/** INSERT of every row; each row holds a value (or nothing, for NULL) per column. */
export async function insertRows(tx: Tx, table: string, columns: Columns, rows: readonly object[]): Promise<void> {
  if (!rows.length) return
  const names = Object.keys(columns)
  await tx.$executeRawUnsafe(
    `INSERT INTO ${quote(table)} (${names.map(quote).join(', ')})
     SELECT ${Object.entries(columns).map(([name, kind]) => columnValue(name, kind)).join(', ')} FROM ${recordset(columns)}`,
    JSON.stringify(rows),
  )
}

/** UPDATE of the rows whose `id` each row names, setting every other column. */
export async function updateRows(tx: Tx, table: string, columns: Columns, rows: readonly ({ id: string } & object)[]): Promise<void> {
  if (!rows.length) return
  const set = Object.entries(columns).filter(([name]) => name !== 'id').map(([name, kind]) => `${quote(name)} = ${columnValue(name, kind)}`)
  await tx.$executeRawUnsafe(
    `UPDATE ${quote(table)} AS t SET ${set.join(', ')} FROM ${recordset({ id: 'text', ...columns })} WHERE t.id = r.id`,
    JSON.stringify(rows),
  )
}

/** DELETE of the rows whose `column` is one of `values`. */
export async function deleteWhereIn(tx: Tx, table: string, column: string, values: readonly string[]): Promise<void> {
  if (!values.length) return
  await tx.$executeRawUnsafe(`DELETE FROM ${quote(table)} WHERE ${quote(column)} IN (SELECT jsonb_array_elements_text($1::jsonb))`, JSON.stringify(values))
}
