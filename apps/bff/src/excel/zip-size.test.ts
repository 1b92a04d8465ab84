import { sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import { deflateRawSync } from 'node:zlib'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { exportSupplyWorkbook, parseSupplyWorkbook } from './index'
import { declaredUncompressedSize, inflatedSizeWithin } from './zip-size'

/**
 * A zip of one deflated entry whose local header and central directory both claim it holds `claimed` bytes,
 * while it really inflates to `real` bytes of zeros: tens of kilobytes on disk.
 */
function lyingZip(real: number, claimed: number): Buffer {
  const name = Buffer.from('xl/worksheets/sheet1.xml')
  const data = deflateRawSync(Buffer.alloc(real))
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt16LE(8, 8)
  local.writeUInt32LE(data.length, 18)
  local.writeUInt32LE(claimed, 22)
  local.writeUInt16LE(name.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(20, 6)
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(data.length, 20)
  central.writeUInt32LE(claimed, 24)
  central.writeUInt16LE(name.length, 28)
  central.writeUInt32LE(0, 42)
  const body = Buffer.concat([local, name, data])
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + name.length, 12)
  end.writeUInt32LE(body.length, 16)
  return Buffer.concat([body, central, name, end])
}

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

describe('actual inflated size', () => {
  it('refuses a small file that lies about its sizes, inflating no more than the budget', async () => {
    const bomb = lyingZip(64 * 1024 * 1024, 120)
    expect(bomb.byteLength).toBeLessThan(200 * 1024)
    expect(declaredUncompressedSize(bomb)).toBe(120)
    expect(inflatedSizeWithin(bomb, 10 * 1024 * 1024)).toBe(Number.POSITIVE_INFINITY)
    const refused = await parseSupplyWorkbook(bomb, { maxUnpackedBytes: 10 * 1024 * 1024 })
    expect(!refused.ok && refused.issues).toEqual([{ path: '', message: '文件内容过大，请删除多余的行、图片或格式后重新上传' }])
  })

  it('counts an honest workbook exactly as it declares, and calls a truncated one broken', async () => {
    const file = await exportSupplyWorkbook(sampleSupplyList())
    expect(inflatedSizeWithin(file, Number.MAX_SAFE_INTEGER)).toBe(declaredUncompressedSize(file))
    expect(inflatedSizeWithin(lyingZip(1000, 1000).subarray(0, 60), 1e9)).toBeUndefined()
  })
})
