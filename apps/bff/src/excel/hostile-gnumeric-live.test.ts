import { sampleDemandList, sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { buildDemandTemplate, exportDemandWorkbook, exportSupplyWorkbook, parseDemandWorkbook, parseSupplyWorkbook } from './index'
import { col, edit, sheet } from '../testing/excel'
import { hasSsconvert, ssconvert } from '../testing/gnumeric'

/**
 * Hostile-client round 16 (decision 117): workbooks written by Gnumeric (ssconvert, where installed), as
 * hostile-live.test.ts makes LibreOffice's. Gnumeric stores text both as shared and as inline strings, and caches a
 * formula's text result as a shared string's index (t="s"), which was imported as that number. Each file reads
 * as the data it shows or is refused in Chinese on its cell; nothing throws. re-saved-live.test.ts already covers
 * Gnumeric's merged header, hidden sheet, text dates and full-width digits.
 */
const issuesOf = (r: { ok: boolean; issues?: unknown[] }) => (r.ok ? [] : r.issues)
const viaGnumeric = (bytes: Buffer) => ssconvert(bytes, 'Gnumeric_Excel:xlsx2', 'xlsx').files.get('xlsx')!

/** The 岗位描述 column of 岗位需求 (the template's tenth column). */
const DESCRIPTION = 'J'

async function stringKinds(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes)
  const sheets = await Promise.all(Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p)).map((p) => zip.file(p)!.async('string')))
  return { shared: sheets.some((x) => /t="s"/.test(x)), inline: sheets.some((x) => /t="inlineStr"/.test(x)), formulaShared: sheets.some((x) => /t="s"[^>]*>\s*<f\b/.test(x)) }
}

describe.runIf(hasSsconvert)('workbooks written by Gnumeric (live, decision 117)', () => {
  it('reads a formula\'s text result, cached as a shared string, as its text; Gnumeric\'s inline strings as text', async () => {
    const demand = await exportDemandWorkbook(sampleDemandList())
    // Gnumeric caches the result as a shared string only when the text is already one: the first job's title is.
    const title = sampleDemandList().jobs[0]!.title
    const saved = viaGnumeric(await edit(demand, (wb) => {
      sheet(wb, '岗位需求').getCell(`${DESCRIPTION}2`).value = { formula: `"${title.slice(0, 2)}"&"${title.slice(2)}"` } as never
    }))
    expect(await stringKinds(saved)).toEqual({ shared: true, inline: true, formulaShared: true })
    const result = await parseDemandWorkbook(saved)
    expect(issuesOf(result)).toEqual([])
    const wanted = sampleDemandList()
    wanted.jobs[0]!.description = title
    expect(result.ok && result.data).toEqual(wanted)
  }, 120_000)

  it('refuses a cached error on its cell, in a number column and in a text column', async () => {
    const supply = await exportSupplyWorkbook(sampleSupplyList())
    const demand = await exportDemandWorkbook(sampleDemandList())
    const number = viaGnumeric(await edit(supply, (wb) => {
      const ws = sheet(wb, '在校生规模')
      ws.getCell(`${col(ws, '在校生人数')}2`).value = { formula: '1/0' } as never
    }))
    expect(issuesOf(await parseSupplyWorkbook(number))).toEqual([
      { path: 'enrolments.0.count', sheet: '在校生规模', row: 2, column: 'C', message: '单元格是错误值#DIV/0!，请检查公式' },
    ])
    const text = viaGnumeric(await edit(demand, (wb) => {
      sheet(wb, '岗位需求').getCell(`${DESCRIPTION}2`).value = { formula: 'NA()' } as never
    }))
    expect(issuesOf(await parseDemandWorkbook(text))).toEqual([
      { path: 'jobs.0.description', sheet: '岗位需求', row: 2, column: DESCRIPTION, message: '单元格是错误值#N/A，请检查公式' },
    ])
  }, 120_000)

  it('answers a blank 附件2 template saved by Gnumeric with the required cells, each named in Chinese', async () => {
    const result = await parseDemandWorkbook(viaGnumeric(await buildDemandTemplate()))
    const issues = issuesOf(result) as { sheet?: string; row?: number; column?: string; message: string }[]
    expect(issues.length).toBeGreaterThan(0)
    expect(issues).toContainEqual(expect.objectContaining({ path: 'org.name', sheet: '基本信息', message: '必填' }))
    for (const issue of issues) expect(issue.message).toMatch(/\p{Script=Han}/u)
  }, 120_000)
})
