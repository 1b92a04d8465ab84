import { Education, JobType } from '@zhilian/shared'
import { sampleDemandList } from '@zhilian/shared/contracts/list-samples'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { buildDemandTemplate, parseDemandWorkbook } from './index'
import { edit, sheet } from '../testing/excel'

const ROWS = 10_000

/** A demand list with ROWS jobs typed into the blank template; `lastHeadcount` lets the last row be wrong. */
async function bigDemandFile(lastHeadcount: number): Promise<Buffer> {
  const basic = sampleDemandList()
  return edit(await buildDemandTemplate({ prefill: { ...basic, jobs: [] } }), (wb) => {
    const ws = sheet(wb, '岗位需求')
    for (let i = 0; i < ROWS; i++) {
      const last = i === ROWS - 1
      ws.getRow(i + 2).values = [
        `岗位${i + 1}`, JobType.labels.full_time, last ? lastHeadcount : 1 + (i % 9), Education.labels.associate, i % 5,
        '济南市', 4000 + i, 6000 + i, '460103', `岗位${i + 1}的职责`,
      ]
    }
  })
}

describe(`a sheet of ${ROWS} rows`, () => {
  it('parses within a few seconds, not much slower than exceljs reading the file alone', async () => {
    const file = await bigDemandFile(3)
    let started = performance.now()
    await new ExcelJS.Workbook().xlsx.load(file as never)
    const loadSeconds = (performance.now() - started) / 1000
    started = performance.now()
    const result = await parseDemandWorkbook(file)
    const seconds = (performance.now() - started) / 1000
    expect(result.ok ? [] : result.issues.slice(0, 3)).toEqual([])
    expect(result.ok && result.data.jobs).toHaveLength(ROWS)
    expect(result.ok && result.rows.岗位需求).toBe(ROWS)
    // About 1.5 s on an idle machine. Test files run in parallel on shared CI boxes, so the absolute bound is
    // loose and the relative one (our conversion, checks and zod on top of exceljs's own load) does the work.
    expect(seconds).toBeLessThan(3 * loadSeconds + 1)
    expect(seconds).toBeLessThan(20)
  }, 90_000)

  it('fails the whole parse for an error in the very last row, naming that row', async () => {
    const result = await parseDemandWorkbook(await bigDemandFile(-1))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.issues).toEqual([
      { path: `jobs.${ROWS - 1}.headcount`, message: '不能为负数', sheet: '岗位需求', row: ROWS + 1, column: 'C' },
    ])
  }, 90_000)
})
