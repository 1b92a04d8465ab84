import { AppError } from '@zhilian/shared'
import { databaseError } from './driver-error'

/**
 * A row a handler had read was gone when it wrote it (Prisma P2025: an `update`, `delete` or nested `connect` found no
 * record): another request deleted it in between — a member removed while the owner changed their role, a message
 * swept while it was opened. The person's target no longer exists, so 404 in words they can act on, never 500
 * (decision 107). Handlers that must say more (which record, or that nothing changed) write conditionally and word it
 * themselves, as 企业称号 verification does (decision 100). onError logs these at warn: a P2025 with no race behind it
 * is a bug of ours, and the log names the statement.
 */
export function vanishedRow(error: unknown): AppError | undefined {
  if (databaseError(error)?.prismaCode !== 'P2025') return undefined
  return new AppError('NOT_FOUND', {
    userMessage: '要操作的内容刚刚已被删除或移除，请刷新页面后重试',
    cause: error,
    internal: `row gone before its write (P2025): ${error instanceof Error ? error.message : String(error)}`,
  })
}
