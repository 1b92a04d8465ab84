import { Prisma } from '@zhilian/db'
import { AppError } from '@zhilian/shared'
import type { Context } from 'hono'
import { buildDemandTemplate, buildSupplyTemplate } from '../../excel'
import { currentUser } from '../../lib/auth'
import { actingMembership } from '../../lib/membership'
import { xlsxResponse } from '../../lib/xlsx'
import type { AppBindings, AppRouteHandler } from '../../lib/types'
import { callerOrg } from '../../lists/caller-org'
import { DEMAND, SUPPLY, type ListKind } from '../../lists/list-kinds'
import { importView } from './import-view'
import type * as routes from './imports.routes'
import { prefillFor } from './list-data'
import { runImport } from './run-import'
import { readUpload } from './upload'

/** Files up to this size are worked before the response; larger ones answer 202 and are polled. */
export const SYNC_MAX_BYTES = 256 * 1024

async function template(c: Context<AppBindings>, kind: ListKind) {
  const { org } = await callerOrg(c, kind.orgKind)
  const { full, partial } = await prefillFor(c.var.db, kind, org)
  const build = (prefill: Record<string, unknown>) =>
    kind.kind === 'supply' ? buildSupplyTemplate({ prefill: prefill as never }) : buildDemandTemplate({ prefill: prefill as never })
  // A half-typed draft may not fit the writer's expectations; the last good data always does.
  const bytes = await build(partial).catch(() => (full ? build(full) : build({ ...partial, ...emptyRowsOnly(partial) })))
  return xlsxResponse(c, bytes, `${org.name}-${kind.kind === 'supply' ? '院校供给清单' : '企业需求清单'}.xlsx`)
}
const emptyRowsOnly = (d: Record<string, unknown>) => Object.fromEntries(Object.entries(d).filter(([, v]) => Array.isArray(v)).map(([k]) => [k, []]))

export const supplyTemplate: AppRouteHandler<typeof routes.supplyTemplate> = (c) => template(c, SUPPLY) as never
export const demandTemplate: AppRouteHandler<typeof routes.demandTemplate> = (c) => template(c, DEMAND) as never

/** The organisation's latest upload of this list, marked up, while that upload is the refused one. */
async function annotated(c: Context<AppBindings>, kind: ListKind) {
  const { org } = await callerOrg(c, kind.orgKind)
  const last = await c.var.db.importJob.findFirst({ where: { orgId: org.id, listKind: kind.kind }, orderBy: { createdAt: 'desc' } })
  const copy = last?.status === 'failed' ? (last.result as { annotatedXlsx?: string } | null)?.annotatedXlsx : undefined
  if (!copy) throw new AppError('NOT_FOUND', { userMessage: '没有需要修改的上传文件' })
  const stem = (last?.fileName ?? `${kind.kind === 'supply' ? '院校供给清单' : '企业需求清单'}.xlsx`).replace(/\.xlsx$/i, '')
  return xlsxResponse(c, Buffer.from(copy, 'base64'), `${stem}-错误标注.xlsx`)
}

export const supplyAnnotated: AppRouteHandler<typeof routes.supplyAnnotated> = (c) => annotated(c, SUPPLY) as never
export const demandAnnotated: AppRouteHandler<typeof routes.demandAnnotated> = (c) => annotated(c, DEMAND) as never

async function upload(c: Context<AppBindings>, kind: ListKind) {
  const { org, user } = await callerOrg(c, kind.orgKind)
  const { bytes, name } = await readUpload(c)
  const db = c.var.db
  const job = await db.$transaction(async (tx) => {
    // Only the latest upload's marked-up copy can be downloaded (`annotated`), so a new upload drops the earlier ones:
    // each is the whole workbook again (up to about 7 MB as base64), and a member uploading a refused file over and
    // over must not grow the database without bound (decision 069).
    await tx.importJob.updateMany({ where: { orgId: org.id, listKind: kind.kind, status: 'failed', result: { not: Prisma.DbNull } }, data: { result: Prisma.DbNull } })
    return tx.importJob.create({ data: { orgId: org.id, userId: user.id, listKind: kind.kind, fileName: name, bytes: bytes.byteLength } })
  })
  const input = { jobId: job.id, kind, orgId: org.id, orgUscc: org.uscc, userId: user.id, bytes }
  if (bytes.byteLength > SYNC_MAX_BYTES) {
    void runImport(db, c.var.logger, input)
    return c.json(importView(job), 202)
  }
  await runImport(db, c.var.logger, input)
  const done = importView(await db.importJob.findUniqueOrThrow({ where: { id: job.id } }))
  if (done.status === 'failed') throw new AppError('IMPORT_FAILED', { issues: done.issues, internal: `import ${job.id} failed` })
  return c.json(done, 200)
}

export const importSupply: AppRouteHandler<typeof routes.importSupply> = (c) => upload(c, SUPPLY) as never
export const importDemand: AppRouteHandler<typeof routes.importDemand> = (c) => upload(c, DEMAND) as never

export const status: AppRouteHandler<typeof routes.status> = async (c) => {
  const user = currentUser(c)
  const { id } = c.req.valid('param')
  const orgIds = (await c.var.db.membership.findMany({ where: { userId: user.id, ...actingMembership }, select: { orgId: true } })).map((m) => m.orgId)
  const job = await c.var.db.importJob.findFirst({ where: { id, orgId: { in: orgIds } } })
  if (!job) throw new AppError('NOT_FOUND')
  return c.json(importView(job), 200)
}
