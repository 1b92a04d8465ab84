/**
 * The list paths before decision 032, kept only so the benchmark can time them beside the current ones
 * in one run (and the equivalence tests can compare results); no route calls them.
 */
import type { Prisma } from '@zhilian/db'
import { randomUUID } from 'node:crypto'
import type { JobInput } from '@zhilian/shared/contracts/demand-list'
import type { SupplyListInput } from '@zhilian/shared/contracts/supply-list'
import ExcelJS from 'exceljs'
import { BASIC_SHEET, basicPlaces } from '../excel/basic-sheet'
import type { ListLayout } from '../excel/layout'
import { planJobs } from '../lists/job-plan'
import { xlsxBuffer } from '../excel/cells'
import type { ListContext } from '../excel/layout'
import { formCells, type FormCell } from '../excel/write'
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

/** The upload's reading before the zip reader: exceljs building its whole cell model (what the parser then walked). */
export async function legacyLoadUpload(file: Uint8Array): Promise<void> {
  await new ExcelJS.Workbook().xlsx.load(Buffer.from(file.buffer, file.byteOffset, file.byteLength) as never, { ignoreNodes: ['dataValidations', 'conditionalFormatting'] } as never)
}

/**
 * The per-chain export of decision 032's first step: stacked from the data, but into an in-memory exceljs
 * workbook serialised at the end (cell objects for every value, deflated in JavaScript) rather than streamed.
 */
export async function legacyStackInMemory<T>(layout: ListLayout<T>, ctx: ListContext, data: readonly { orgName: string; data: T }[]): Promise<Buffer> {
  const blocks = data.map((b) => ({ orgName: b.orgName, ...formCells(layout, ctx, b.data) }))
  const out = new ExcelJS.Workbook()
  out.creator = '职链齐鲁'
  const summary = out.addWorksheet('汇总')
  summary.columns = [{ header: '序号', width: 8 }, { header: '单位名称', width: 36 }]
  blocks.forEach((b, i) => summary.addRow([i + 1, b.orgName]))
  const places = basicPlaces(layout).fields
  const basic = out.addWorksheet(BASIC_SHEET, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] })
  basic.addRow(['单位名称', ...places.map((p) => p.field.header)]).font = { bold: true }
  basic.getColumn(1).width = 30
  places.forEach((_, i) => { basic.getColumn(i + 2).width = 18 })
  for (const spec of layout.sheets) {
    const target = out.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] })
    target.addRow(['单位名称', ...spec.columns.map((c) => c.header)]).font = { bold: true }
    target.getColumn(1).width = 30
    spec.columns.forEach((c, i) => { target.getColumn(i + 2).width = c.width ?? 16 })
  }
  const put = (row: ExcelJS.Row, cells: readonly FormCell[]) => cells.forEach((c, i) => { if (c.numFmt) row.getCell(i + 2).numFmt = c.numFmt })
  for (const block of blocks) {
    put(basic.addRow([block.orgName, ...block.basic.map((c) => c.value)]), block.basic)
    for (const spec of layout.sheets) {
      const target = out.getWorksheet(spec.name)!
      for (const cells of block.sheets[spec.name] ?? []) {
        if (cells.every((c) => c.value === null || c.value === undefined || c.value === '')) continue
        put(target.addRow([block.orgName, ...cells.map((c) => c.value)]), cells)
      }
    }
  }
  return xlsxBuffer(out)
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
    await tx.job.update({ where: { id: c.id! }, data: { ...jobData(byTitle.get(c.title)!), chainId, status: 'open', removedFromListAt: null, ...(job.status === 'open' ? {} : { publishedAt: now }) } })
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
  // Decision 076's rule, one row set at a time: every job of this list the version no longer lists is marked removed.
  await tx.job.updateMany({ where: { fromListId: listId, removedFromListAt: null, title: { notIn: rows.map((r) => r.title) } }, data: { removedFromListAt: now } })
}

const chainsOf = (row: { chainIds?: string[] }) => row.chainIds ?? []
const day = (d: string | undefined) => (d ? new Date(`${d}T00:00:00Z`) : null)


/** A 附件1's approval before: Prisma `createMany` per table, courses and equipment one `update`/`create` each. */
export async function legacyMaterializeSupply(tx: Tx, listId: string, v: SupplyListInput): Promise<void> {
  const where = { listId }
  await Promise.all([
    tx.majorOffering.deleteMany({ where }), tx.enrolment.deleteMany({ where }), tx.graduateCohort.deleteMany({ where }),
    tx.faculty.deleteMany({ where }), tx.researchProject.deleteMany({ where }), tx.intellectualProperty.deleteMany({ where }),
    tx.caseStudy.deleteMany({ where }),
  ])
  // Ids made here, so the chain rows can be written in bulk beside their rows.
  const majorIds = v.majors.map(() => randomUUID())
  await tx.majorOffering.createMany({ data: v.majors.map((m, i) => ({ id: majorIds[i], listId, majorCode: m.majorCode })) })
  await tx.majorOfferingChain.createMany({ data: v.majors.flatMap((m, i) => chainsOf(m).map((chainId) => ({ offeringId: majorIds[i]!, chainId }))) })
  await tx.enrolment.createMany({ data: v.enrolments.map((e) => ({ listId, ...e })) })
  for (const { destinations, ...cohort } of v.cohorts) {
    await tx.graduateCohort.create({ data: { listId, ...cohort, destinations: { create: destinations } } })
  }
  await tx.faculty.createMany({ data: v.faculty.map((f) => ({ listId, ...f })) })
  const projectIds = v.researchProjects.map(() => randomUUID())
  await tx.researchProject.createMany({ data: v.researchProjects.map(({ chainIds: _c, ...p }, i) => ({ id: projectIds[i], listId, ...p })) })
  await tx.researchProjectChain.createMany({ data: v.researchProjects.flatMap((p, i) => chainsOf(p).map((chainId) => ({ projectId: projectIds[i]!, chainId }))) })
  await tx.intellectualProperty.createMany({ data: v.ip.map((p) => ({ listId, ...p })) })
  await tx.caseStudy.createMany({ data: v.cases.map((k) => ({ listId, ...k })) })
  await legacyWriteCourses(tx, listId, v.trainingCourses)
  await legacyWriteEquipment(tx, listId, v.equipment)
}

async function legacyWriteCourses(tx: Tx, listId: string, courses: SupplyListInput['trainingCourses']) {
  await tx.trainingCourse.deleteMany({ where: { listId, title: { notIn: courses.map((t) => t.title) } } })
  const ids = new Map((await tx.trainingCourse.findMany({ where: { listId }, select: { id: true, title: true } })).map((t) => [t.title, t.id]))
  for (const { chainIds: _c, ...t } of courses) {
    const data = { ...t, startDate: day(t.startDate), fee: t.fee ?? null }
    const id = ids.get(t.title)
    ids.set(t.title, id ? (await tx.trainingCourse.update({ where: { id }, data, select: { id: true } })).id : (await tx.trainingCourse.create({ data: { listId, ...data }, select: { id: true } })).id)
  }
  await tx.trainingCourseChain.deleteMany({ where: { course: { listId } } })
  await tx.trainingCourseChain.createMany({ data: courses.flatMap((t) => chainsOf(t).map((chainId) => ({ courseId: ids.get(t.title)!, chainId }))) })
}

const legacyEquipmentKey = (e: { name: string; model?: string | null }) => `${e.name}\u0000${e.model ?? ''}`

async function legacyWriteEquipment(tx: Tx, listId: string, equipment: SupplyListInput['equipment']) {
  const existing = new Map((await tx.equipment.findMany({ where: { listId }, select: { id: true, name: true, model: true } })).map((e) => [legacyEquipmentKey(e), e.id]))
  const listed = new Set(equipment.map(legacyEquipmentKey))
  // A device the new version no longer lists is gone, with its bookings (the audit log keeps the version).
  const dropped = [...existing].filter(([k]) => !listed.has(k)).map(([, id]) => id)
  if (dropped.length) await tx.equipment.deleteMany({ where: { id: { in: dropped } } })
  const ids = new Map<string, string>()
  for (const { chainIds: _c, ...e } of equipment) {
    const data = { ...e, model: e.model ?? null, openHours: e.openHours ?? null, fee: e.fee ?? null, feeNote: e.feeNote ?? null, cooperationMode: e.cooperationMode ?? null }
    const id = existing.get(legacyEquipmentKey(e))
    ids.set(legacyEquipmentKey(e), id ? (await tx.equipment.update({ where: { id }, data, select: { id: true } })).id : (await tx.equipment.create({ data: { listId, ...data }, select: { id: true } })).id)
  }
  await tx.equipmentChain.deleteMany({ where: { equipment: { listId } } })
  await tx.equipmentChain.createMany({ data: equipment.flatMap((e) => chainsOf(e).map((chainId) => ({ equipmentId: ids.get(legacyEquipmentKey(e))!, chainId }))) })
}
