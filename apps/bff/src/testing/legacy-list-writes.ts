/**
 * The list paths before decision 032, kept only so the benchmark can time them beside the current ones
 * in one run (and the equivalence tests can compare results); no route calls them.
 */
import type { Prisma } from '@zhilian/db'
import type { JobInput } from '@zhilian/shared/contracts/demand-list'
import ExcelJS from 'exceljs'
import { BASIC_SHEET, basicPlaces } from '../excel/basic-sheet'
import type { ListLayout } from '../excel/layout'
import { planJobs } from '../lists/job-plan'
import { stackForms, type StackBlock } from '../routes/imports/chain-workbook'
import { toJson, type Draft, type ListKindName } from '../lists/list-kinds'

type Tx = Prisma.TransactionClient

/** Import's write before: the version snapshot and the draft, each deep-copied and sent through Prisma. */
export async function legacyWriteImport(tx: Tx, kind: ListKindName, listId: string, version: number, userId: string, data: Draft, hash: string) {
  await tx.listVersion.create({ data: { listKind: kind, listId, version, byUserId: userId, snapshot: toJson({ source: 'import', data }) } })
  const update = { draft: toJson(data), importHash: hash, version }
  if (kind === 'supply') await tx.supplyList.update({ where: { id: listId }, data: update, select: { id: true } })
  else await tx.demandList.update({ where: { id: listId }, data: update, select: { id: true } })
}

/** The per-chain export before: each organisation's workbook written, then read back into cells and stacked. */
export async function legacyStack<T>(layout: ListLayout<T>, blocks: readonly { orgName: string; bytes: Buffer }[]): Promise<Buffer> {
  const places = basicPlaces(layout).fields
  const read = async ({ orgName, bytes }: { orgName: string; bytes: Buffer }): Promise<StackBlock> => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(bytes as never)
    const cell = (c: ExcelJS.Cell) => (c.numFmt ? { value: c.value, numFmt: c.numFmt } : { value: c.value })
    const source = wb.getWorksheet(BASIC_SHEET)!
    const sheets: StackBlock['sheets'] = {}
    for (const spec of layout.sheets) {
      const rows: ReturnType<typeof cell>[][] = []
      wb.getWorksheet(spec.name)?.eachRow({ includeEmpty: false }, (row, n) => {
        if (n > 1) rows.push(spec.columns.map((_, i) => cell(row.getCell(i + 1))))
      })
      sheets[spec.name] = rows
    }
    return { orgName, basic: places.map((p) => cell(source.getCell(`${p.valueCol}${p.row}`))), sheets }
  }
  const stacked: StackBlock[] = []
  for (const b of blocks) stacked.push(await read(b))
  return stackForms(layout, stacked)
}

/** Approval's job writes before: Prisma row by row for changes, one `createManyAndReturn` for additions. */
function jobData(j: JobInput) {
  const { majorCodes: _m, skills: _s, ...fields } = j
  return fields
}

export async function legacyApplyJobs(tx: Tx, orgId: string, listId: string, chainId: string | null, rows: readonly JobInput[]) {
  const plan = await planJobs(tx, orgId, listId, rows)
  const now = new Date()
  const byTitle = new Map(rows.map((r) => [r.title, r]))
  const changed = plan.change.map((c) => c.id!)
  for (const c of plan.change) {
    const job = plan.jobs.get(c.title)!
    await tx.job.update({ where: { id: c.id! }, data: { ...jobData(byTitle.get(c.title)!), chainId, status: 'open', ...(job.status === 'open' ? {} : { publishedAt: now }) } })
  }
  const created = await tx.job.createManyAndReturn({
    data: plan.add.map((a) => ({ orgId, fromListId: listId, ...jobData(byTitle.get(a.title)!), chainId, status: 'open' as const, publishedAt: now })),
    select: { id: true, title: true },
  })
  const idOf = new Map([...plan.change.map((c) => [c.title, c.id!] as const), ...created.map((j) => [j.title, j.id] as const)])
  await tx.jobSkill.deleteMany({ where: { jobId: { in: changed } } })
  await tx.jobMajor.deleteMany({ where: { jobId: { in: changed } } })
  const written = rows.filter((r) => idOf.has(r.title))
  await tx.jobSkill.createMany({ data: written.flatMap((j) => j.skills.map((skill) => ({ jobId: idOf.get(j.title)!, ...skill }))) })
  await tx.jobMajor.createMany({ data: written.flatMap((j) => j.majorCodes.map((majorCode) => ({ jobId: idOf.get(j.title)!, majorCode }))) })
  if (plan.close.length) await tx.job.updateMany({ where: { id: { in: plan.close.map((c) => c.id!) }, fromListId: listId }, data: { status: 'closed' } })
}
