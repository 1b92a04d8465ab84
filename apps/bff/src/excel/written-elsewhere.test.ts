import { readFileSync } from 'node:fs'
import { sampleDemandList, sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { annotateWorkbook } from './annotate'
import { exportDemandWorkbook, exportSupplyWorkbook, parseDemandWorkbook, parseSupplyWorkbook } from './index'
import { basicCell, col, edit, sheet } from '../testing/excel'
import { hasSsconvert, ssconvert } from '../testing/gnumeric'
import { dateStyles, eachSheet, escapeXml, replaceSharedStringCells, rewriteParts } from '../testing/xlsx-parts'

/**
 * Round 2 of files from other programs (decision 050): real files from Gnumeric and openpyxl (fixtures/README.md), text
 * and other non-xlsx uploads, and what Excel on Chinese Windows, WPS, Google Sheets and Numbers write, rebuilt in XML.
 */
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url))
const issuesOf = (r: { ok: boolean; issues?: unknown[] }) => (r.ok ? [] : r.issues)

describe('files written by Gnumeric 1.12 and openpyxl 3.0', () => {
  it('reads our export opened and saved by Gnumeric (ssconvert) as the same data', async () => {
    const s = await parseSupplyWorkbook(fixture('gnumeric-1.12-supply.xlsx'))
    const d = await parseDemandWorkbook(fixture('gnumeric-1.12-demand.xlsx'))
    expect([issuesOf(s), issuesOf(d)]).toEqual([[], []])
    expect(s.ok && s.data).toEqual(sampleSupplyList())
    expect(d.ok && d.data).toEqual(sampleDemandList())
  })

  it('reads our export opened and saved by openpyxl (notes at /xl/comments/comment1.xml, which exceljs took for a broken file)', async () => {
    const s = await parseSupplyWorkbook(fixture('openpyxl-3.0-supply.xlsx'))
    expect(issuesOf(s)).toEqual([])
    expect(s.ok && s.data).toEqual(sampleSupplyList())
  })

  it('refuses formulas openpyxl saved without results, on each cell, instead of reading them as blank', async () => {
    const d = await parseDemandWorkbook(fixture('openpyxl-3.0-demand-formulas.xlsx'))
    const jobs = sampleDemandList().jobs
    expect(issuesOf(d)).toEqual(jobs.map((j, i) => ({
      path: `jobs.${i}.headcount`, sheet: '岗位需求', row: i + 2, column: 'C',
      message: `公式「=${j.headcount}+0」没有保存计算结果（程序生成的文件常见），请在 Excel 或 WPS 中打开后保存再上传，或把公式改为数值`,
    })))
  })

  // The export → Gnumeric → import round trip, live, where ssconvert is installed (Debian: gnumeric).
  it.runIf(hasSsconvert)('reads back our export converted by the installed ssconvert', async () => {
    const { files } = ssconvert(await exportDemandWorkbook(sampleDemandList()), 'Gnumeric_Excel:xlsx2', 'xlsx')
    const d = await parseDemandWorkbook(files.get('xlsx')!)
    expect(issuesOf(d)).toEqual([])
    expect(d.ok && d.data).toEqual(sampleDemandList())
  }, 120_000)
})

describe('uploads that are not an .xlsx, each told what to do', () => {
  const csv = '这是 CSV 文本文件，只能保存一张表，放不下模板的多张工作表；请下载模板，把内容粘贴到对应工作表后保存为 .xlsx 上传'
  const cases: [string, Uint8Array, string][] = [
    ['CSV UTF-8 with a BOM (Excel "CSV UTF-8")', fixture('csv-utf8-bom-demand.csv'), csv],
    ['CSV in GB18030 (Excel on Chinese Windows, "CSV (逗号分隔)")', fixture('csv-gb18030-demand.csv'), csv],
    ['a real BIFF8 .xls (Gnumeric)', fixture('gnumeric-1.12-demand.xls'), '这是旧版 Excel（.xls）或 WPS 表格（.et）文件，请在 Excel 或 WPS 中“另存为” .xlsx 格式后上传'],
    ['an HTML table saved as .xls (many systems\' "导出Excel")', Buffer.from('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>岗位名称</td></tr></table></body></html>'),
      '这是网页格式的表格（扩展名虽是 .xls，内容是 HTML），请在 Excel 或 WPS 中打开后“另存为” .xlsx，并把内容复制到本平台模板中上传'],
    ['Excel 2003 XML', Buffer.from('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'),
      '这是 Excel 2003 XML 表格，请在 Excel 或 WPS 中打开后“另存为” .xlsx，并把内容复制到本平台模板中上传'],
    ['a PDF', Buffer.from('%PDF-1.7\n'), '这是 PDF 文件，请上传 Excel（.xlsx）文件：下载模板填写后上传'],
    ['a phone screenshot (PNG)', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), '这是图片文件，请上传 Excel（.xlsx）文件：下载模板填写后上传'],
  ]
  for (const [what, bytes, message] of cases) {
    it(`refuses ${what}`, async () => {
      expect(issuesOf(await parseDemandWorkbook(bytes))).toEqual([{ path: '', message }])
    })
  }

  it('refuses a Numbers document and a Word document (zips, but not workbooks)', async () => {
    const zipOf = async (path: string) => {
      const zip = new JSZip()
      zip.file(path, Buffer.alloc(16, 1))
      return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
    }
    expect(issuesOf(await parseDemandWorkbook(await zipOf('Index/Document.iwa')))).toEqual([
      { path: '', message: '这是 Numbers 文件，请在 Numbers 中选择「文件 → 导出为 → Excel」，保存为 .xlsx 后上传' },
    ])
    expect(issuesOf(await parseDemandWorkbook(await zipOf('word/document.xml')))).toEqual([
      { path: '', message: '这是 Word 文档，请上传 Excel（.xlsx）文件：下载模板填写后上传' },
    ])
  })
})

type Habit = [writer: string, rewrite: (parts: Map<string, string>) => void]

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'

const habits: Habit[] = [
  ['WPS Office: its own namespaces, extLst entries, custom properties and a cell-images part', (parts) => {
    const wps = 'xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"'
    parts.set('xl/workbook.xml', parts.get('xl/workbook.xml')!.replace('<workbook ', `<workbook ${wps} `)
      .replace('</workbook>', '<extLst><ext uri="{B58B0392-4F1F-4190-BB64-5DF3571DCE5F}" xmlns:xcalcf="http://schemas.microsoft.com/office/spreadsheetml/2018/calcfeatures"><xcalcf:calcFeatures><xcalcf:feature name="microsoft.com:RD"/></xcalcf:calcFeatures></ext></extLst></workbook>'))
    eachSheet(parts, (xml) => xml.replace('<worksheet ', `<worksheet ${wps} `)
      .replace('</worksheet>', `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" ${wps}><etc:cellImages/></ext></extLst></worksheet>`))
    parts.set('xl/cellimages.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<etc:cellImages xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"/>')
    parts.set('xl/_rels/workbook.xml.rels', parts.get('xl/_rels/workbook.xml.rels')!.replace('</Relationships>',
      '<Relationship Id="rIdWps1" Type="http://www.wps.cn/officeDocument/2020/cellImage" Target="cellimages.xml"/></Relationships>'))
    parts.set('docProps/custom.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.16120</vt:lpwstr></property></Properties>')
  }],
  ['Google Sheets: every string inline, no shared strings, dates as plain numbers without a date format', (parts) => {
    const dates = dateStyles(parts)
    eachSheet(parts, (xml) => xml.replace(/<c\b([^>]*?)\s+s="(\d+)"([^>]*)>/g, (whole, a: string, s: string, b: string) => (dates.has(Number(s)) ? `<c${a}${b}>` : whole)))
    replaceSharedStringCells(parts, (attrs, text) => `<c${attrs} t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`)
    parts.delete('xl/sharedStrings.xml')
    parts.set('xl/_rels/workbook.xml.rels', parts.get('xl/_rels/workbook.xml.rels')!.replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, ''))
  }],
  ['Google Sheets and Numbers: dates computed in floating point, midnight saved as 46265.99999999', (parts) => {
    const dates = dateStyles(parts)
    eachSheet(parts, (xml) => xml.replace(/<c\b(?![^>]*\bt=)([^>]*?\bs="(\d+)"[^>]*)><v>(\d+)<\/v>/g, (whole, attrs: string, s: string, v: string) =>
      dates.has(Number(s)) ? `<c${attrs}><v>${Number(v) - 1e-8}</v>` : whole))
  }],
  ['Numbers: dates in a custom 中文 format, every sheet renamed "<name> - 表格 1", and an export summary sheet first', (parts) => {
    parts.set('xl/styles.xml', parts.get('xl/styles.xml')!.replace(/formatCode="[^"]*[yd][^"]*"/gi, 'formatCode="[$-zh-CN]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"'))
    parts.set('xl/workbook.xml', parts.get('xl/workbook.xml')!.replace(/<sheet name="([^"_]+)"/g, '<sheet name="$1 - 表格 1"')
      .replace('<sheets>', '<sheets><sheet name="导出摘要" sheetId="99" r:id="rIdSummary"/>'))
    parts.set('xl/_rels/workbook.xml.rels', parts.get('xl/_rels/workbook.xml.rels')!.replace('</Relationships>',
      '<Relationship Id="rIdSummary" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet99.xml"/></Relationships>'))
    parts.set('xl/worksheets/sheet99.xml', `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>此文稿已从 Numbers 导出。</t></is></c></row></sheetData></worksheet>`)
  }],
  ['Excel on Chinese Windows: the built-in 中文 date formats 31 and 58 (no numFmt entry) and phonetic runs in shared strings', (parts) => {
    parts.set('xl/styles.xml', parts.get('xl/styles.xml')!.replace(/(<xf\b[^>]*?)numFmtId="(1[4-9]|2[0-2]|1[6-9]\d)"/g, (_, head: string, id: string) => `${head}numFmtId="${Number(id) % 2 ? 31 : 58}"`))
    parts.set('xl/sharedStrings.xml', parts.get('xl/sharedStrings.xml')!.replace(/<\/si>/g, '<phoneticPr fontId="1" type="noConversion"/></si>'))
  }],
  ['Excel: shared formulas with cached results (a column filled down)', (parts) => {
    eachSheet(parts, (xml) => {
      let master: string | undefined
      return xml.replace(/<c r="([A-Z]+)(\d+)"((?![^>]*\bt=)[^>]*)><v>(-?[\d.]+)<\/v><\/c>/g, (whole, letters: string, row: string, attrs: string, v: string) => {
        if (Number(row) < 2) return whole
        if (!master) {
          master = `${letters}${row}`
          return `<c r="${letters}${row}"${attrs}><f t="shared" ref="${letters}${row}:${letters}${Number(row) + 50}" si="0">${v}+0*A${row}</f><v>${v}</v></c>`
        }
        return whole.startsWith(`<c r="${master.replace(/\d+/, '')}`) ? `<c r="${letters}${row}"${attrs}><f t="shared" si="0"/><v>${v}</v></c>` : whole
      })
    })
  }],
  ['Excel: rows formatted down to row 1,048,576 and columns widened to XFD', (parts) => {
    let first = true
    eachSheet(parts, (xml) => {
      if (!first) return xml
      first = false
      const rows: string[] = []
      for (let r = 5000; r <= 1_048_576; r++) rows.push(`<row r="${r}" spans="1:10" s="1" customFormat="1"/>`)
      return xml.replace('</sheetData>', `${rows.join('')}</sheetData>`).replace(/<cols>/, '<cols><col min="30" max="16384" width="255.7" customWidth="1"/>')
    })
  }],
]

describe('habits of Excel (中文 Windows), WPS, Google Sheets and Numbers', () => {
  for (const [writer, rewrite] of habits) {
    it(`reads ${writer} as the same data`, async () => {
      const supply = sampleSupplyList()
      const demand = sampleDemandList()
      const s = await parseSupplyWorkbook(await rewriteParts(await exportSupplyWorkbook(supply), rewrite))
      const d = await parseDemandWorkbook(await rewriteParts(await exportDemandWorkbook(demand), rewrite))
      expect([issuesOf(s), issuesOf(d)]).toEqual([[], []])
      expect(s.ok && s.data).toEqual(supply)
      expect(d.ok && d.data).toEqual(demand)
    }, 60_000)
  }
})

describe('what people type in Excel and WPS', () => {
  it('reads phone numbers with spaces, dashes, +86, brackets or full-width digits as the one stored form', async () => {
    const forms: [unknown, string][] = [
      ['138 0013 8000', '13800138000'], ['138-0013-8000', '13800138000'], ['+86 138 0013 8000', '13800138000'], [13_800_138_000, '13800138000'],
      ['１３８００１３８０００', '13800138000'], ['（0531）51793802', '0531-51793802'], ['0531 51793802', '0531-51793802'], ['053151793802', '053151793802'],
    ]
    for (const [typed, stored] of forms) {
      const file = await edit(await exportSupplyWorkbook(sampleSupplyList()), (wb) => {
        basicCell(wb, '联系人电话').value = typed as string
      })
      const r = await parseSupplyWorkbook(file)
      expect(r.ok ? r.data.college.contactPhone : r.issues, String(typed)).toBe(stored)
    }
  }, 120_000)

  it('refuses a credit code Excel turned into a rounded number, and a number shown in scientific notation, saying to format as text', async () => {
    const file = await edit(await exportSupplyWorkbook(sampleSupplyList()), (wb) => {
      // What Excel keeps of 913701001234567890 typed into a General cell: a double, the last digits gone.
      basicCell(wb, '统一社会信用代码').value = Number('913701001234567890')
      basicCell(wb, '联系人电话').value = '1.38001E+10'
    })
    const r = await parseSupplyWorkbook(file)
    expect(issuesOf(r)).toEqual([
      expect.objectContaining({ path: 'college.uscc', message: '数字超过15位，Excel 已把末尾几位变成了0；请把单元格格式设为「文本」后重新输入完整号码' }),
      expect.objectContaining({ path: 'college.contactPhone', message: '「1.38001E+10」是科学计数法，原来的号码已丢失；请把单元格格式设为「文本」后重新输入完整号码' }),
    ])
  })

  it('reads Excel\'s text apostrophe where a file kept it as a character (through CSV or another system)', async () => {
    const data = sampleSupplyList()
    const file = await edit(await exportSupplyWorkbook(data), (wb) => {
      const ws = sheet(wb, '企业培训')
      ws.getCell(`${col(ws, '收费标准（元/人）')}2`).value = `'${data.trainingCourses[0]!.fee}`
      ws.getCell(`${col(ws, '开班日期')}2`).value = `'${data.trainingCourses[0]!.startDate}`
      basicCell(wb, '联系人电话').value = `'${data.college.contactPhone}`
    })
    const r = await parseSupplyWorkbook(file)
    expect(issuesOf(r)).toEqual([])
    expect(r.ok && r.data).toEqual(data)
  })

  it('refuses a formula\'s error value (#N/A from a VLOOKUP), on its cell', async () => {
    const file = await rewriteParts(await exportDemandWorkbook(sampleDemandList()), (parts) => eachSheet(parts, (xml) =>
      xml.includes('<c r="C2"') && xml.includes('<c r="J2"') ? xml.replace(/<c r="C2"([^>]*)><v>\d+<\/v><\/c>/, '<c r="C2"$1 t="e"><f>VLOOKUP(A2,人数!A:B,2,0)</f><v>#N/A</v></c>') : xml))
    expect(issuesOf(await parseDemandWorkbook(file))).toEqual([expect.objectContaining({ sheet: '岗位需求', row: 2, column: 'C', message: '单元格是错误值#N/A，请检查公式' })])
  })

  it('keeps a Windows line break (CR LF, stored as _x000D_) in text as one line break', async () => {
    const data = sampleSupplyList()
    const title = data.trainingCourses[0]!.title
    const file = await rewriteParts(await exportSupplyWorkbook(data), (parts) => {
      parts.set('xl/sharedStrings.xml', parts.get('xl/sharedStrings.xml')!.replace(`>${title}<`, `>${title.slice(0, 2)}_x000D_\n${title.slice(2)}<`))
    })
    const r = await parseSupplyWorkbook(file)
    expect(r.ok && r.data.trainingCourses[0]!.title).toBe(`${title.slice(0, 2)}\n${title.slice(2)}`)
  })

  it('reads hidden rows and a sheet renamed with a trailing space; names the sheets it found when one is missing', async () => {
    const data = sampleDemandList()
    const hidden = await edit(await exportDemandWorkbook(data), (wb) => {
      const ws = sheet(wb, '岗位需求')
      ws.getRow(2).hidden = true
      ws.name = '岗位需求 '
    })
    const r = await parseDemandWorkbook(hidden)
    expect(issuesOf(r)).toEqual([])
    expect(r.ok && r.data).toEqual(data)
    const renamed = await edit(await exportDemandWorkbook(data), (wb) => {
      sheet(wb, '岗位需求').name = '2026年岗位'
    })
    expect(issuesOf(await parseDemandWorkbook(renamed))).toEqual([expect.objectContaining({
      sheet: '岗位需求', message: expect.stringMatching(/^缺少工作表「岗位需求」，请使用最新模板（文件中的工作表：.*2026年岗位.*）。如果改过工作表名称，请改回「岗位需求」$/),
    })])
  })

  it('refuses a merged header cell as a changed header, naming it', async () => {
    const file = await edit(await exportDemandWorkbook(sampleDemandList()), (wb) => {
      sheet(wb, '岗位需求').mergeCells('A1:B1')
    })
    expect(issuesOf(await parseDemandWorkbook(file))).toEqual([expect.objectContaining({
      sheet: '岗位需求', row: 1, column: 'B', message: expect.stringMatching(/^表头与模板不一致：第2列应为「.+」（这里合并了单元格：请取消合并，按模板填回各列表头，或重新下载模板）$/),
    })])
  })

  it('marks up the refused copy on a renamed sheet (Numbers\' "- 表格 1")', async () => {
    const file = await edit(await exportDemandWorkbook(sampleDemandList()), (wb) => {
      const ws = sheet(wb, '岗位需求')
      ws.getCell(`${col(ws, '需求人数')}2`).value = '很多'
      ws.name = '岗位需求 - 表格 1'
    })
    const r = await parseDemandWorkbook(file)
    expect(issuesOf(r)).toEqual([expect.objectContaining({ sheet: '岗位需求', row: 2, column: 'C', message: '应为数字' })])
    if (r.ok) return
    const marked = new ExcelJS.Workbook()
    await marked.xlsx.load((await annotateWorkbook(file, r.issues))! as never)
    expect(JSON.stringify(marked.getWorksheet('岗位需求 - 表格 1')!.getCell('C2').note)).toContain('应为数字')
  })
})
