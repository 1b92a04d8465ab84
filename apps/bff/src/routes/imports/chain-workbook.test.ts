import { sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { exportSupplyWorkbook } from '../../excel'
import type { ListLayout } from '../../excel/layout'
import { supplyLayout } from '../../excel/supply-layout'
import { stackWorkbooks } from './chain-workbook'

const layout = supplyLayout as unknown as ListLayout<unknown>

async function stacked() {
  const a = sampleSupplyList()
  const b = { ...sampleSupplyList(), college: { ...sampleSupplyList().college, name: '第二职业学院' } }
  const bytes = await stackWorkbooks(layout, [
    { orgName: a.college.name, bytes: await exportSupplyWorkbook(a) },
    { orgName: b.college.name, bytes: await exportSupplyWorkbook(b) },
  ])
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as never)
  return { wb, a }
}

describe('the per-chain workbook', () => {
  it('keeps cell formats: dates stay yyyy-mm-dd dates and 高级职称比例 a percentage', async () => {
    const { wb, a } = await stacked()
    const faculty = wb.getWorksheet('师资队伍')!
    const share = faculty.getCell(2, 1 + 1 + supplyLayout.sheets.find((s) => s.name === '师资队伍')!.columns.findIndex((c) => c.key === 'seniorTitleShare'))
    expect(share.value).toBe(a.faculty[0]!.seniorTitleShare)
    expect(share.numFmt).toBe('0.0%')
    const training = wb.getWorksheet('企业培训')!
    const start = training.getCell(2, 1 + 1 + supplyLayout.sheets.find((s) => s.name === '企业培训')!.columns.findIndex((c) => c.key === 'startDate'))
    expect(start.value).toBeInstanceOf(Date)
    expect(start.numFmt).toBe('yyyy-mm-dd')
  })

  it('writes 基本信息 as one row per organisation under one header row, without the form title', async () => {
    const { wb } = await stacked()
    const basic = wb.getWorksheet('基本信息')!
    expect(basic.getRow(1).getCell(1).value).toBe('单位名称')
    expect(basic.getRow(1).values).toContain('填报时间')
    expect(basic.getRow(1).values).toContain('院校名称')
    expect(basic.rowCount).toBe(3)
    const all = JSON.stringify(basic.getSheetValues())
    expect(all).not.toContain('职业院校供给清单统计表')
    const filledAt = basic.getCell(2, (basic.getRow(1).values as unknown[]).indexOf('填报时间'))
    expect(filledAt.value).toBeInstanceOf(Date)
    expect(filledAt.numFmt).toBe('yyyy-mm-dd')
  })
})
