import type { FieldIssue } from '@zhilian/shared'
import { checkUscc } from '@zhilian/shared'
import type { Logger } from 'pino'
import { annotateWorkbook } from '../../excel/annotate'
import { parseOffThread } from '../../excel/parse-off-thread'
import type { Db } from '../../lib/types'
import { toJson, type Draft, type ListKind } from '../../lists/list-kinds'
import { replaceDraft } from '../../lists/list-workflow'
import { MAX_UPLOAD_BYTES } from './upload'

export interface ImportInput {
  jobId: string
  kind: ListKind
  orgId: string
  orgUscc: string
  userId: string
  bytes: Uint8Array
}

/**
 * Works one upload through parsing → validating → writing, recording progress on its ImportJob row.
 * Only the last step writes the list, in one transaction: any failure before or inside it leaves
 * the list as it was.
 */
export async function runImport(db: Db, logger: Logger, input: ImportInput): Promise<void> {
  const step = (status: 'parsing' | 'validating' | 'writing', progress: number) =>
    db.importJob.update({ where: { id: input.jobId }, data: { status, progress } })
  const fail = (issues: FieldIssue[], annotated?: Buffer) =>
    db.importJob.update({
      where: { id: input.jobId },
      data: {
        status: 'failed', progress: 100, issues: toJson(issues), finishedAt: new Date(),
        ...(annotated ? { result: toJson({ annotatedXlsx: annotated.toString('base64') }) } : {}),
      },
    })
  try {
    await step('parsing', 10)
    const limits = { maxBytes: MAX_UPLOAD_BYTES }
    // Off the event loop: a big file must not keep /api/health or anyone else's request waiting.
    const parsed = await parseOffThread(input.kind.kind, input.bytes, limits)
    if (!parsed.ok) return void (await fail(parsed.issues, await annotatedCopy(logger, input, parsed.issues)))
    await step('validating', 60)
    const data = parsed.data as unknown as Draft
    const unit = data[input.kind.unitKey] as { uscc?: string } | undefined
    const check = checkUscc(unit?.uscc ?? '')
    if (!check.ok || check.code !== input.orgUscc) {
      return void (await fail([{ path: `${input.kind.unitKey}.uscc`, sheet: '基本信息', message: '表中的统一社会信用代码与本单位登记的不一致，请核对后重新上传' }]))
    }
    await step('writing', 80)
    const outcome = await db.$transaction(
      (tx) => replaceDraft(tx, input.kind, input.orgId, input.userId, data, parsed.hash),
      { timeout: 120_000, maxWait: 30_000 },
    )
    await db.importJob.update({
      where: { id: input.jobId },
      data: { status: 'done', progress: 100, issues: [], result: toJson({ ...outcome, rows: parsed.rows }), finishedAt: new Date() },
    })
  } catch (error) {
    logger.error({ err: error, importJob: input.jobId }, 'import failed')
    await fail([{ path: '', message: '导入时发生错误，清单未作任何改动，请稍后重试' }]).catch(() => undefined)
  }
}

/** Annotating loads the workbook on this thread, so only files small enough not to stall other requests get a copy. */
const ANNOTATE_MAX_BYTES = 2 * 1024 * 1024

async function annotatedCopy(logger: Logger, input: ImportInput, issues: FieldIssue[]): Promise<Buffer | undefined> {
  if (input.bytes.byteLength > ANNOTATE_MAX_BYTES) return undefined
  return annotateWorkbook(input.bytes, issues).catch((err: unknown) => {
    logger.warn({ err, importJob: input.jobId }, 'could not annotate the refused workbook')
    return undefined
  })
}
