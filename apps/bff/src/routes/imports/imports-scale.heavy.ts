import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportDemandWorkbook } from '../../excel'
import { warmParser } from '../../excel/parse-off-thread'
import { createHarness, type Harness } from '../../testing/harness'
import { breakCell, importFixtures, manyJobs } from '../../testing/import-fixtures'
import { SYNC_MAX_BYTES } from './imports.handlers'

/**
 * The 10,000-row upload: the background path with progress, and all-or-nothing on its very last row. In the heavy
 * suite .ci/run runs after `npm test` (vitest.fuzz.config.ts), because it alone took a minute of the README's command.
 */
let h: Harness
beforeAll(async () => {
  ;[h] = await Promise.all([createHarness(), warmParser()])
})
afterAll(() => h.close())

const { upload, enterprise, settle, written } = importFixtures(() => h)

describe('Excel import of a full demand list', () => {
  it('imports 10,000 jobs in the background with progress, and refuses the same list with its last row broken', { timeout: 240_000 }, async () => {
    const m = await enterprise()
    const data = manyJobs(m.data, 10_000)
    const file = await exportDemandWorkbook(data)
    expect(file.byteLength).toBeGreaterThan(SYNC_MAX_BYTES)

    const broken = await breakCell(file, '岗位需求', `C${data.jobs.length + 1}`, '-5')
    const before = await written(m.org.id)
    const refused = await upload('demand', m.token, broken)
    expect(refused.status).toBe(202)
    const failed = await settle(refused, m.token)
    expect(failed.status).toBe('failed')
    expect(failed.issues).toContainEqual(expect.objectContaining({ sheet: '岗位需求', row: data.jobs.length + 1, column: 'C' }))
    expect(await written(m.org.id)).toEqual(before)

    const res = await upload('demand', m.token, file)
    expect(res.status).toBe(202)
    const job = await settle(res, m.token)
    expect(job).toMatchObject({ status: 'done', progress: 100, unchanged: false })
    expect(job.rows?.岗位需求).toBe(10_000)
    const list = await h.prisma.demandList.findUniqueOrThrow({ where: { orgId: m.org.id } })
    expect((list.draft as { jobs: unknown[] }).jobs).toHaveLength(10_000)
  })
})
