import { Education, JobType } from '@zhilian/shared'
import { sampleDemandList } from '@zhilian/shared/contracts/list-samples'
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
  // How long it takes is the import benchmark's to say (test/bench, `npm run bench:lists -w @zhilian/test`), not a test's.
  it('parses every row of a full sheet', async () => {
    const result = await parseDemandWorkbook(await bigDemandFile(3))
    expect(result.ok ? [] : result.issues.slice(0, 3)).toEqual([])
    expect(result.ok && result.data.jobs).toHaveLength(ROWS)
    expect(result.ok && result.rows.岗位需求).toBe(ROWS)
  }, 90_000)

  it('fails the whole parse for an error in the very last row, naming that row', async () => {
    const result = await parseDemandWorkbook(await bigDemandFile(-1))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.issues).toEqual([
      { path: `jobs.${ROWS - 1}.headcount`, message: '不能为负数', sheet: '岗位需求', row: ROWS + 1, column: 'C' },
    ])
  }, 90_000)
})
