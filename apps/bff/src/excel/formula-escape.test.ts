import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { sampleDemandList, sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import type { Dashboard } from '@zhilian/shared/contracts/events'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildReport } from '../analytics/report'
import { reportWorkbook } from '../analytics/report-workbook'
import { dashboardWorkbook } from '../routes/events/dashboard'
import { demandLayout } from './demand-layout'
import type { ListLayout } from './layout'
import { stackWorkbooks } from '../routes/imports/chain-workbook'
import { createHarness, type Harness } from '../testing/harness'
import { escapeFormulaText, unescapeFormulaText } from './cells'
import { buildDemandTemplate, defaultListContext, buildSupplyTemplate, exportDemandWorkbook, exportSupplyWorkbook, parseDemandWorkbook } from './index'

/**
 * OWASP "CSV injection": text a spreadsheet may take for a formula is written with a leading apostrophe,
 * in every workbook the BFF writes. Each writer is fed hostile text and every text cell of its output is
 * checked; a source scan makes sure no writer serialises a workbook except through `xlsxBuffer`.
 */
const HOSTILE = ['=HYPERLINK("http://evil.example","点我")', '+1+cmd|" /C calc"!A0', '-2+3', '@SUM(A1)', '\tTAB', '\rCR']

async function textCells(bytes: Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as never)
  const out: string[] = []
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
    const v = cell.value
    if (typeof v === 'string') out.push(v)
    else if (v && typeof v === 'object' && 'richText' in v) out.push(v.richText.map((r) => r.text).join(''))
  })))
  return out
}

function expectEscaped(cells: string[]) {
  const bare = cells.filter((c) => /^[=+\-@\t\r]/.test(c))
  expect(bare).toEqual([])
  // XML turns a stored CR into LF on reading, so the CR case is checked by the unit test above.
  for (const h of HOSTILE.filter((x) => !x.startsWith('\r'))) expect(cells, h).toContain(`'${h}`)
}

let h: Harness
beforeAll(async () => { h = await createHarness() })
afterAll(() => h.close())

describe('formula text in exported cells', () => {
  it('escapes = + - @ tab and CR, and only those, and reads them back unchanged', () => {
    expect(HOSTILE.map(escapeFormulaText)).toEqual(HOSTILE.map((s) => `'${s}`))
    expect(['数控车工', '13912345678', "'quoted", ''].map(escapeFormulaText)).toEqual(['数控车工', '13912345678', "'quoted", ''])
    expect(HOSTILE.map((s) => unescapeFormulaText(escapeFormulaText(s)))).toEqual(HOSTILE)
  })

  it('escapes the demand and supply exports, and the templates prefilled with them', async () => {
    const unit = { name: HOSTILE[0]!, contactName: HOSTILE[3]!, contactTitle: HOSTILE[4]!, contactEmail: HOSTILE[5]! }
    const demand = sampleDemandList()
    Object.assign(demand.org, unit)
    Object.assign(demand.jobs[0]!, { title: HOSTILE[1]!, description: HOSTILE[2]! })
    const supply = sampleSupplyList()
    Object.assign(supply.college, unit)
    Object.assign(supply.equipment[0]!, { name: HOSTILE[1]!, coreFunction: HOSTILE[2]! })
    for (const bytes of [
      await exportDemandWorkbook(demand), await exportSupplyWorkbook(supply),
      await buildDemandTemplate({ prefill: demand }), await buildSupplyTemplate({ prefill: supply }),
    ]) expectEscaped(await textCells(bytes))
  })

  it('keeps the words of an escaped export when it is imported again', async () => {
    const demand = sampleDemandList()
    demand.jobs[0]!.description = '-熟练使用数控车床'
    const parsed = await parseDemandWorkbook(await exportDemandWorkbook(demand))
    expect(parsed.ok && parsed.data.jobs[0]?.description).toBe('-熟练使用数控车床')
  })

  it('escapes the stacked chain export, the event dashboard and the report workbook', async () => {
    const demand = sampleDemandList()
    demand.jobs[0]!.title = HOSTILE[1]!
    const stacked = await stackWorkbooks(demandLayout as unknown as ListLayout<unknown>, defaultListContext(), [{ orgName: HOSTILE[0]!, data: demand }])
    const stackedCells = await textCells(stacked)
    expect(stackedCells).toContain(`'${HOSTILE[0]}`)
    expect(stackedCells).toContain(`'${HOSTILE[1]}`)
    expect(stackedCells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([])

    const dashboard: Dashboard = {
      registrations: 3, checkedIn: 2, applications: 1, checkinsOverTime: [],
      booths: HOSTILE.map((org, i) => ({ boothId: `b${i}`, org, number: HOSTILE[(i + 1) % HOSTILE.length]!, zone: null, visits: 0, applications: 0 })),
    }
    expectEscaped(await textCells(await dashboardWorkbook(HOSTILE[0]!, dashboard)))

    const report = await buildReport(h.prisma, 2026)
    report.notes.push(...HOSTILE)
    report.majors.push({ majorCode: null, majorName: HOSTILE[0]!, supply: 0, demand: 1, gap: null })
    expectEscaped(await textCells(await reportWorkbook(report)))
  })

  it('leaves no writer that serialises a workbook or a CSV except through xlsxBuffer, or streams one but the chain export (safeRow)', () => {
    const root = join(__dirname, '..')
    const files = (function walk(dir: string): string[] {
      return readdirSync(dir).flatMap((n) => {
        const p = join(dir, n)
        // Test files and test helpers (testing.ts) write workbooks to feed the parser, not to users.
        return statSync(p).isDirectory() ? walk(p) : /\.(ts|mts|mjs)$/.test(n) && !/(\.test|^testing)\.ts$/.test(n) ? [p] : []
      })
    })(root)
    const writers = files.filter((f) => /\.(xlsx|csv)\.write(Buffer|File)?\(|text\/csv|WorkbookWriter\(/.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f))
    // testing/ is test support: it streams big workbooks to feed the parser, not to users.
    expect(writers.filter((f) => !f.startsWith('testing/')).sort()).toEqual(['excel/cells.ts', 'routes/imports/chain-workbook.ts'])
  })
})
