import { sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { exportSupplyWorkbook, parseSupplyWorkbook } from './index'
import { declaredUncompressedSize } from './zip-size'

/** A tiny file that inflates a lot: one sheet of the same few cells, repeated. */
async function compressible(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('x')
  for (let r = 1; r <= 2_000; r++) ws.getRow(r).values = [1, 1, 1, 1, 1, 1, 1, 1]
  return Buffer.from(await wb.xlsx.writeBuffer())
}

describe('declared uncompressed size', () => {
  it('reads the central directory of a workbook and gives up on a truncated one', async () => {
    const file = await exportSupplyWorkbook(sampleSupplyList())
    const size = declaredUncompressedSize(file)
    expect(size).toBeGreaterThan(file.byteLength)
    expect(declaredUncompressedSize(file.subarray(0, file.byteLength - 30))).toBeUndefined()
  })

  it('lets the parser refuse a file that inflates beyond the unpacked limit, before reading it', async () => {
    const file = await compressible()
    const unpacked = declaredUncompressedSize(file)!
    const refused = await parseSupplyWorkbook(file, { maxUnpackedBytes: unpacked - 1 })
    expect(!refused.ok && refused.issues).toEqual([{ path: '', message: '文件内容过大，请删除多余的行、图片或格式后重新上传' }])
    const read = await parseSupplyWorkbook(file, { maxUnpackedBytes: unpacked })
    expect(!read.ok && read.issues[0]!.message).toContain('这不是本平台')
  })
})
