import type { Prisma } from '@zhilian/db'
import type { FieldIssue } from '@zhilian/shared'

type ImportRow = Prisma.ImportJobGetPayload<object>

export function importView(row: ImportRow) {
  const result = (row.result ?? {}) as { unchanged?: boolean; version?: number; rows?: Record<string, number> }
  return {
    id: row.id,
    kind: row.listKind,
    status: row.status,
    progress: row.progress,
    issues: (Array.isArray(row.issues) ? row.issues : []) as FieldIssue[],
    unchanged: result.unchanged ?? null,
    version: result.version ?? null,
    rows: result.rows ?? null,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  }
}
