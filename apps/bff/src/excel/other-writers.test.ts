import { readFileSync } from 'node:fs'
import { sampleDemandList, sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { annotateWorkbook } from './annotate'
import { exportDemandWorkbook, exportSupplyWorkbook, parseDemandWorkbook, parseSupplyWorkbook } from './index'
import { col, edit, sheet } from '../testing/excel'
import { dateStyles, eachSheet, escapeXml, replaceSharedStringCells, rewriteParts, sheetPaths } from '../testing/xlsx-parts'

/**
 * Files written by other spreadsheet programs (decision 041): each must read as the same data as our own export,
 * or be refused in Chinese. The LibreOffice files are real (fixtures/README.md); the rest rewrite our export's XML
 * the way the named program writes it.
 */
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url))

describe('files saved by LibreOffice Calc 7.4', () => {
  const ways = [['', 'our export opened and saved as .xlsx'], ['-typed', 'the blank template with every value typed in Calc']] as const
  for (const [suffix, how] of ways) {
    it(`reads the supply list as ${how}`, async () => {
      const result = await parseSupplyWorkbook(fixture(`libreoffice-7.4-supply${suffix}.xlsx`))
      expect(result.ok ? [] : result.issues).toEqual([])
      expect(result.ok && result.data).toEqual(sampleSupplyList())
    })

    it(`reads the demand list as ${how}`, async () => {
      const result = await parseDemandWorkbook(fixture(`libreoffice-7.4-demand${suffix}.xlsx`))
      expect(result.ok ? [] : result.issues).toEqual([])
      expect(result.ok && result.data).toEqual(sampleDemandList())
    })
  }

  it('refuses the .ods LibreOffice saves by default, saying to save as .xlsx', async () => {
    const result = await parseSupplyWorkbook(fixture('libreoffice-7.4-supply.ods'))
    expect(!result.ok && result.issues).toEqual([{ path: '', message: '这是 OpenDocument 表格（.ods）文件，请在 WPS 或 LibreOffice 中「另存为」.xlsx 后再上传' }])
  })
})

type Habit = [writer: string, rewrite: (parts: Map<string, string>) => void]

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const habits: Habit[] = [
  ['inline strings and no shared-strings part (Apache POI streaming, some exporters)', (parts) => {
    replaceSharedStringCells(parts, (attrs, text) => `<c${attrs} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`)
    parts.delete('xl/sharedStrings.xml')
    parts.set('xl/_rels/workbook.xml.rels', parts.get('xl/_rels/workbook.xml.rels')!.replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, ''))
  }],
  ['text as formula results, t="str" (Excel for =\u201C\u2026\u201D and CONCAT cells)', (parts) => {
    replaceSharedStringCells(parts, (attrs, text) => `<c${attrs} t="str"><f>"${escapeXml(text.replace(/"/g, '""'))}"</f><v>${escapeXml(text)}</v></c>`)
  }],
  ['rows and cells without r addresses, gaps written as empty cells (streaming writers)', (parts) => {
    eachSheet(parts, (xml) => xml.replace(/<row\b([^>]*?)\s+r="\d+"([^>]*)>([\s\S]*?)<\/row>/g, (_, a: string, b: string, cells: string) => {
      let next = 1
      const body = cells.replace(/<c r="([A-Z]+)\d+"/g, (_c, letters: string) => {
        const at = letters.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)
        const gap = '<c/>'.repeat(at - next)
        next = at + 1
        return `${gap}<c`
      })
      return `<row${a}${b}>${body}</row>`
    }))
  }],
  ['every element namespace-prefixed, <x:worksheet> (.NET OpenXML SDK)', (parts) => {
    for (const path of [...sheetPaths(parts), 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml']) {
      const [decl, body] = parts.get(path)!.split('?>') as [string, string]
      parts.set(path, `${decl}?>${body.replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`).replace(/<(\/?)([A-Za-z]\w*)(?=[\s/>])/g, '<$1x:$2')}`)
    }
  }],
  ['absolute part paths in the relationships (/xl/worksheets/sheet1.xml)', (parts) => {
    for (const path of ['xl/_rels/workbook.xml.rels', '_rels/.rels']) {
      const base = path.startsWith('xl/') ? '/xl/' : '/'
      parts.set(path, parts.get(path)!.replace(/Target="(?!\/)/g, `Target="${base}`))
    }
  }],
  ['worksheets under other part names (xl/worksheets/data1.xml; exceljs only finds sheetN.xml)', (parts) => {
    for (const path of sheetPaths(parts)) {
      const name = path.slice('xl/worksheets/'.length)
      const moved = name.replace('sheet', 'data')
      parts.set(`xl/worksheets/${moved}`, parts.get(path)!)
      parts.delete(path)
      const rels = `xl/worksheets/_rels/${name}.rels`
      if (parts.has(rels)) {
        parts.set(`xl/worksheets/_rels/${moved}.rels`, parts.get(rels)!)
        parts.delete(rels)
      }
      parts.set('xl/_rels/workbook.xml.rels', parts.get('xl/_rels/workbook.xml.rels')!.replace(`"worksheets/${name}"`, `"worksheets/${moved}"`))
      parts.set('[Content_Types].xml', parts.get('[Content_Types].xml')!.replace(`/xl/worksheets/${name}"`, `/xl/worksheets/${moved}"`))
    }
  }],
  ['no docProps, styles or theme parts (minimal generators)', (parts) => {
    for (const path of [...parts.keys()]) if (path.startsWith('docProps/') || path === 'xl/styles.xml' || path.startsWith('xl/theme/')) parts.delete(path)
    parts.set('_rels/.rels', parts.get('_rels/.rels')!.replace(/<Relationship [^>]*docProps[^>]*\/>/g, ''))
    parts.set('xl/_rels/workbook.xml.rels', parts.get('xl/_rels/workbook.xml.rels')!.replace(/<Relationship [^>]*(styles|theme)[^>]*\/>/g, ''))
    eachSheet(parts, (xml) => xml.replace(/ s(tyle)?="\d+"/g, ''))
  }],
  ['rich-text runs in shared strings (WPS, when part of a cell is formatted)', (parts) => {
    parts.set('xl/sharedStrings.xml', parts.get('xl/sharedStrings.xml')!.replace(/<si><t(?: [^>]*)?>([^<]{2,})<\/t><\/si>/g, (_, t: string) => {
      const run = (text: string, bold: boolean) => `<r><rPr>${bold ? '<b/>' : ''}<sz val="11"/><rFont val="宋体"/><charset val="134"/></rPr><t xml:space="preserve">${text}</t></r>`
      const cut = t.startsWith('&') ? t.indexOf(';') + 1 : 1
      return `<si>${run(t.slice(0, cut), true)}${run(t.slice(cut), false)}</si>`
    }))
  }],
  ['the 1904 date system written as date1904="true" (LibreOffice with 1904 dates; Numbers and old Mac Excel write "1")', (parts) => {
    const dates = dateStyles(parts)
    parts.set('xl/workbook.xml', parts.get('xl/workbook.xml')!.replace('<workbookPr ', '<workbookPr date1904="true" '))
    eachSheet(parts, (xml) => xml.replace(/<c\b(?![^>]*\bt=)([^>]*?\bs="(\d+)"[^>]*)><v>([\d.]+)<\/v>/g, (whole, attrs: string, s: string, v: string) =>
      dates.has(Number(s)) ? `<c${attrs}><v>${Number(v) - 1462}</v>` : whole))
  }],
  ['dates as ISO text cells, t="d" (openpyxl with iso_dates, Excel\'s Strict Open XML)', (parts) => {
    const dates = dateStyles(parts)
    eachSheet(parts, (xml) => xml.replace(/<c\b(?![^>]*\bt=)([^>]*?\bs="(\d+)"[^>]*)><v>(\d+)<\/v>/g, (whole, attrs: string, s: string, v: string) =>
      dates.has(Number(s)) ? `<c${attrs} t="d"><v>${new Date((Number(v) - 25_569) * 86_400_000).toISOString().slice(0, 19)}</v>` : whole))
  }],
]

describe('habits of other xlsx writers', () => {
  for (const [writer, rewrite] of habits) {
    it(`reads ${writer} as the same data`, async () => {
      const supply = sampleSupplyList()
      const demand = sampleDemandList()
      const s = await parseSupplyWorkbook(await rewriteParts(await exportSupplyWorkbook(supply), rewrite))
      const d = await parseDemandWorkbook(await rewriteParts(await exportDemandWorkbook(demand), rewrite))
      expect([s.ok ? [] : s.issues, d.ok ? [] : d.issues]).toEqual([[], []])
      expect(s.ok && s.data).toEqual(supply)
      expect(d.ok && d.data).toEqual(demand)
    })
  }
})

describe('a refused file from another writer', () => {
  it('names the cell and comes back marked up on that cell (a .NET OpenXML SDK file with a number typed as words)', async () => {
    const prefixed = habits.find(([writer]) => writer.includes('.NET'))![1]
    const typed = await edit(await exportDemandWorkbook(sampleDemandList()), (wb) => {
      const ws = sheet(wb, '岗位需求')
      ws.getCell(`${col(ws, '需求人数')}2`).value = '很多'
    })
    const bytes = await rewriteParts(typed, prefixed)
    const result = await parseDemandWorkbook(bytes)
    expect(!result.ok && result.issues).toEqual([expect.objectContaining({ sheet: '岗位需求', row: 2, column: 'C', message: '应为数字' })])
    if (result.ok) return
    const marked = new ExcelJS.Workbook()
    await marked.xlsx.load((await annotateWorkbook(bytes, result.issues))! as never)
    const cell = marked.getWorksheet('岗位需求')!.getCell('C2')
    expect(cell.value).toBe('很多')
    expect(JSON.stringify(cell.note)).toContain('应为数字')
  })
})

describe('what people do to the workbook in any program', () => {
  it('reads headers wrapped onto two lines or padded with spaces', async () => {
    const data = sampleSupplyList()
    const file = await edit(await exportSupplyWorkbook(data), (wb) => {
      const ws = sheet(wb, '企业培训')
      ws.getCell(`${col(ws, '收费标准（元/人）')}1`).value = '收费标准\n（元/人） '
      ws.getCell(`${col(ws, '开班日期')}1`).value = ' 开班 日期'
    })
    const result = await parseSupplyWorkbook(file)
    expect(result.ok ? [] : result.issues).toEqual([])
    expect(result.ok && result.data).toEqual(data)
  })

  it('ignores sheets people add, hide, and blank rows left between data rows', async () => {
    const data = sampleSupplyList()
    const file = await edit(await exportSupplyWorkbook(data), (wb) => {
      wb.addWorksheet('Sheet1').getCell('A1').value = '草稿：明年再填'
      sheet(wb, '专利软著').state = 'hidden'
      sheet(wb, '在校生规模').spliceRows(3, 0, [], [])
    })
    const result = await parseSupplyWorkbook(file)
    expect(result.ok ? [] : result.issues).toEqual([])
    expect(result.ok && result.data).toEqual(data)
  })

  // Decision 085: the original hidden and a copy edited in its place — the copy's rows were silently left out.
  it('refuses a hidden template sheet whose visible copy holds the edits, naming both', async () => {
    const data = sampleSupplyList()
    const copies = [['Excel', '专利软著 (2)'], ['LibreOffice', '专利软著_2'], ['Google Sheets', '副本 - 专利'] ] as const
    for (const [, copyName] of copies) {
      const file = await edit(await exportSupplyWorkbook(data), (wb) => {
        const original = sheet(wb, '专利软著')
        const copy = wb.addWorksheet(copyName)
        original.eachRow((row, n) => { copy.getRow(n).values = row.values })
        copy.getCell('A2').value = '改过的内容'
        original.state = 'hidden'
      })
      const result = await parseSupplyWorkbook(file)
      expect(!result.ok && result.issues, copyName).toEqual([expect.objectContaining({
        sheet: '专利软著', message: expect.stringMatching(new RegExp(`^工作表「专利软著」是隐藏的，而您看到的「${copyName.replace(/[()]/g, '\\$&')}」是它的副本`)),
      })])
    }
  })

  it('still reads a hidden template sheet next to a visible one that is not its copy', async () => {
    const data = sampleSupplyList()
    const file = await edit(await exportSupplyWorkbook(data), (wb) => {
      sheet(wb, '专利软著').state = 'hidden'
      wb.addWorksheet('专利说明').getCell('A1').value = '本单位专利情况说明'
    })
    const result = await parseSupplyWorkbook(file)
    expect(result.ok ? [] : result.issues).toEqual([])
    expect(result.ok && result.data).toEqual(data)
  })

  it('refuses a row inserted above the headers, naming the sheet, row and column', async () => {
    const file = await edit(await exportDemandWorkbook(sampleDemandList()), (wb) => {
      sheet(wb, '岗位需求').spliceRows(1, 0, ['2026年岗位需求'])
    })
    const result = await parseDemandWorkbook(file)
    expect(!result.ok && result.issues).toEqual([expect.objectContaining({ sheet: '岗位需求', row: 1, column: 'A', message: expect.stringMatching(/^表头与模板不一致：第1列应为「.+」$/) })])
  })

  it('reads a bare serial number in a 1904-dated workbook on the 1904 calendar', async () => {
    const data = sampleSupplyList()
    const file = await edit(await exportSupplyWorkbook(data), (wb) => {
      wb.properties.date1904 = true
      const ws = sheet(wb, '企业培训')
      const cell = ws.getCell(`${col(ws, '开班日期')}2`)
      // 2026-09-01 counted from 1904-01-01, in a cell formatted General, so exceljs hands over the number.
      cell.value = 44_804
      cell.numFmt = 'General'
    })
    const result = await parseSupplyWorkbook(file)
    expect(result.ok ? [] : result.issues).toEqual([])
    expect(result.ok && result.data).toEqual(data)
  })
})
