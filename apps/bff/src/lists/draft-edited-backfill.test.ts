import { readFile } from 'node:fs/promises'
import { createCollege, createEnterprise, createMember } from '@zhilian/db/factories'
import { sampleDemandList, sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import { JobPlanSchema, MyListSchema } from '@zhilian/shared/contracts/lists'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createHarness, type Harness } from '../testing/harness'
import { demandSections, supplySections } from '../testing/list-sections'

/**
 * Decision 079: lists saved before "draftEditedAt" existed get the stamp from a migration that compares the draft with
 * the last submitted version. The test makes lists through the app (so the submitted versions are prepared as in
 * production: 附件1's rows given no chain carry the map's), takes them back to the state before the column (null), runs
 * the migration's statements and reads what `/mine` says. It runs on PGlite and, with DATABASE_URL, on PostgreSQL.
 */
const MIGRATION = new URL('../../../../prisma/migrations/20261206190000_draft_edited_at_backfill/migration.sql', import.meta.url)
let h: Harness
vi.setConfig({ testTimeout: 180_000 })
beforeAll(async () => {
  h = await createHarness()
})
afterAll(() => h.close())

async function runMigration() {
  const statements = (await readFile(MIGRATION, 'utf8')).split(/;\s*$/m).filter((s) => s.replace(/--.*$/gm, '').trim())
  expect(statements).toHaveLength(2)
  for (const statement of statements) await h.prisma.$executeRawUnsafe(statement)
}

/** Every list back to the state before the column existed, then the migration. */
async function backfill() {
  await h.prisma.supplyList.updateMany({ data: { draftEditedAt: null } })
  await h.prisma.demandList.updateMany({ data: { draftEditedAt: null } })
  await runMigration()
}

async function college() {
  const org = await createCollege(h.prisma)
  const token = await h.tokenFor((await createMember(h.prisma, org)).user)
  const data = sampleSupplyList()
  data.college.uscc = org.uscc
  const mine = h.clientAs(token).api['supply-lists'].mine
  const save = async (d = data) => {
    for (const [section, json] of supplySections(d)) expect((await mine.sections[':section'].$put({ param: { section }, json })).status).toBe(200)
  }
  const submit = async () => expect((await mine.submit.$post({ json: {} })).status).toBe(200)
  const shown = async () => MyListSchema.parse(await (await mine.$get()).json()).list?.unsubmittedChanges
  return { data, save, submit, shown }
}

async function enterprise() {
  const org = await createEnterprise(h.prisma)
  const token = await h.tokenFor((await createMember(h.prisma, org)).user)
  const data = sampleDemandList()
  data.org.uscc = org.uscc
  const mine = h.clientAs(token).api['demand-lists'].mine
  const save = async (d = data) => {
    for (const [section, json] of demandSections(d)) expect((await mine.sections[':section'].$put({ param: { section }, json })).status).toBe(200)
  }
  const submit = async () => {
    const plan = JobPlanSchema.parse(await (await mine['job-plan'].$get()).json())
    expect((await mine.submit.$post({ json: { confirmJobs: plan.planKey } })).status).toBe(200)
  }
  const shown = async () => MyListSchema.parse(await (await mine.$get()).json()).list?.unsubmittedChanges
  return { data, save, submit, shown }
}

describe('the draftEditedAt backfill (decision 079)', () => {
  it('marks the lists whose draft differs from the last submitted version, and only those', async () => {
    // 附件1 as submitted: its majors gave no 服务产业链, so the submitted version carries the map's and differs from the draft.
    const untouched = await college()
    expect(untouched.data.majors.every((m) => !('chainIds' in m) || !m.chainIds?.length)).toBe(true)
    await untouched.save()
    await untouched.submit()
    const edited = await college()
    await edited.save()
    await edited.submit()
    await edited.save({ ...edited.data, filledBy: '李老师' })
    // A row's own 服务产业链 changed after the submission is a change.
    const rechained = await college()
    await rechained.save()
    await rechained.submit()
    await rechained.save({ ...rechained.data, majors: rechained.data.majors.map((m, i) => (i === 0 ? { ...m, chainIds: ['SD-C09'] } : m)) })
    const neverSubmitted = await college()
    await neverSubmitted.save()
    const demandUntouched = await enterprise()
    await demandUntouched.save()
    await demandUntouched.submit()
    const demandEdited = await enterprise()
    await demandEdited.save()
    await demandEdited.submit()
    await demandEdited.save({ ...demandEdited.data, jobs: demandEdited.data.jobs.map((j, i) => (i === 0 ? { ...j, headcount: j.headcount + 1 } : j)) })

    await backfill()
    expect({
      untouched: await untouched.shown(), edited: await edited.shown(), rechained: await rechained.shown(), neverSubmitted: await neverSubmitted.shown(),
      demandUntouched: await demandUntouched.shown(), demandEdited: await demandEdited.shown(),
    }).toEqual({ untouched: false, edited: true, rechained: true, neverSubmitted: false, demandUntouched: false, demandEdited: true })
    // Run twice, the same answer; a stamp already there is kept.
    const stamps = await h.prisma.supplyList.findMany({ select: { id: true, draftEditedAt: true }, orderBy: { id: 'asc' } })
    await runMigration()
    expect(await h.prisma.supplyList.findMany({ select: { id: true, draftEditedAt: true }, orderBy: { id: 'asc' } })).toEqual(stamps)
  })
})
