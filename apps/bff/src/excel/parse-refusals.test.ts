import { sampleDemandList, sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { exportDemandWorkbook, exportSupplyWorkbook, parseDemandWorkbook, parseSupplyWorkbook } from './index'
import { edit, sheet } from '../testing/excel'

/** Every refusal is one issue, in Chinese, saying what to do. */
async function refusal(result: Promise<{ ok: boolean; issues?: { message: string }[] }>) {
  const r = await result
  expect(r.ok).toBe(false)
  expect(r.issues).toHaveLength(1)
  return r.issues![0]!
}

describe('files that are refused outright', () => {
  it('refuses something that is not a workbook', async () => {
    const issue = await refusal(parseSupplyWorkbook(Buffer.from('%!PS-Adobe-3.0\n')))
    expect(issue.message).toContain('不是 Excel（.xlsx）格式')
  })

  it('recognises an old .xls file and says how to convert it', async () => {
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)])
    expect((await refusal(parseSupplyWorkbook(xls))).message).toContain('另存为')
  })

  it('recognises a password-protected workbook (an OLE container holding an EncryptedPackage) and says to remove the password', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(64)])
    expect((await refusal(parseSupplyWorkbook(ole))).message).toBe('文件设置了打开密码，请在 Excel 或 WPS 中打开后取消密码，再保存为 .xlsx 上传')
  })

  it('recognises an Excel binary workbook (.xlsb) and says to save it as .xlsx', async () => {
    const zip = new JSZip()
    zip.file('[Content_Types].xml', '<Types/>')
    zip.file('xl/workbook.bin', Buffer.alloc(64, 1))
    const xlsb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
    expect((await refusal(parseSupplyWorkbook(xlsb))).message).toBe('这是 Excel 二进制工作簿（.xlsb），请在 Excel 中“另存为” .xlsx 格式后上传')
  })

  it('recognises an OpenDocument (.ods) file and says to save it as .xlsx', async () => {
    const mimetype = 'application/vnd.oasis.opendocument.spreadsheet'
    // The start of every .ods: a stored (uncompressed) zip entry named "mimetype" holding the format's name.
    const head = Buffer.alloc(30)
    head.write('PK\x03\x04', 0, 'latin1')
    head.writeUInt16LE(8, 26)
    const ods = Buffer.concat([head, Buffer.from(`mimetype${mimetype}`, 'latin1'), Buffer.alloc(200)])
    const issue = await refusal(parseSupplyWorkbook(ods))
    expect(issue.message).toContain('另存为」.xlsx 后再上传')
    expect(issue.message).not.toContain('不是本平台')
  })

  it('refuses a zip that is not a readable workbook', async () => {
    const broken = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)])
    expect((await refusal(parseSupplyWorkbook(broken))).message).toContain('文件已损坏')
  })

  it('refuses a workbook without the layout marker', async () => {
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('基本信息').getCell('A1').value = '职业院校供给清单统计表'
    const issue = await refusal(parseSupplyWorkbook(Buffer.from(await wb.xlsx.writeBuffer())))
    expect(issue.message).toBe('这不是本平台的「职业院校供给清单统计表」模板，请下载模板填写后上传')
  })

  it('refuses the other list, naming it', async () => {
    const issue = await refusal(parseSupplyWorkbook(await exportDemandWorkbook(sampleDemandList())))
    expect(issue.message).toContain('这是「企业需求清单统计表」')
  })

  it('refuses an older layout version', async () => {
    const file = await edit(await exportSupplyWorkbook(sampleSupplyList()), (wb) => {
      sheet(wb, '_zhilian_layout').getCell('A2').value = '0'
    })
    expect((await refusal(parseSupplyWorkbook(file))).message).toContain('模板版本已更新')
  })

  it('refuses moved columns, naming the column and its expected header', async () => {
    const file = await edit(await exportDemandWorkbook(sampleDemandList()), (wb) => {
      const ws = sheet(wb, '岗位需求')
      ws.spliceColumns(2, 0, ['备注'])
    })
    const issue = await refusal(parseDemandWorkbook(file))
    expect(issue).toMatchObject({ message: '表头与模板不一致：第2列应为「岗位类型」', sheet: '岗位需求', row: 1, column: 'B' })
  })

  it('refuses a changed label on the 基本信息 sheet', async () => {
    const file = await edit(await exportSupplyWorkbook(sampleSupplyList()), (wb) => {
      const ws = sheet(wb, '基本信息')
      ws.eachRow((row) => row.eachCell((c) => { if (c.value === '联络邮箱') c.value = '邮箱' }))
    })
    const issue = await refusal(parseSupplyWorkbook(file))
    expect(issue.message).toMatch(/^表头与模板不一致：第\d+行应为「联络邮箱」$/)
    expect(issue).toMatchObject({ sheet: '基本信息', column: 'B' })
  })

  it('refuses a missing sheet', async () => {
    const file = await edit(await exportDemandWorkbook(sampleDemandList()), (wb) => {
      wb.removeWorksheet(sheet(wb, '技术攻关').id)
    })
    expect((await refusal(parseDemandWorkbook(file))).message).toMatch(/^缺少工作表「技术攻关」，请使用最新模板（文件中的工作表：基本信息、.+）。如果改过工作表名称，请改回「技术攻关」$/)
  })

  it('refuses a file over the size limit it is given', async () => {
    const file = await exportSupplyWorkbook(sampleSupplyList())
    expect((await refusal(parseSupplyWorkbook(file, { maxBytes: file.byteLength - 1 }))).message).toContain('文件过大')
    expect((await parseSupplyWorkbook(file, { maxBytes: file.byteLength })).ok).toBe(true)
  })

  it('refuses a sheet over the row limit it is given', async () => {
    const data = sampleSupplyList()
    const file = await exportSupplyWorkbook(data)
    const limit = data.enrolments.length - 1
    const issue = await refusal(parseSupplyWorkbook(file, { maxRowsPerSheet: limit }))
    expect(issue).toMatchObject({ sheet: '在校生规模' })
    expect(issue.message).toContain(`超过每张表${limit}行的上限`)
  })
})
