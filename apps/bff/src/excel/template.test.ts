import { DestinationType, EnterpriseNature } from '@zhilian/shared'
import { sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { demandLayout } from './demand-layout'
import { buildDemandTemplate, buildSupplyTemplate, defaultListContext, exportSupplyWorkbook, parseSupplyWorkbook } from './index'
import { LAYOUT_VERSION, MAJORS_SHEET, MARKER_SHEET } from './layout'
import { basicCell, col, edit, sheet } from '../testing/excel'

async function load(buffer: Buffer) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(buffer as never)
  return wb
}

/** exceljs expands range validations per cell on load; this reads them back. */
const validationAt = (ws: ExcelJS.Worksheet, address: string) =>
  (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model[address]

describe('the blank templates', () => {
  it('lay out 附件1 as 基本信息 plus one sheet per repeating section, then the hidden catalogue and marker', async () => {
    const wb = await load(await buildSupplyTemplate())
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '基本信息', '专业设置', '在校生规模', '毕业生规模', '毕业去向', '师资队伍', '实验实训设备', '设备开放共享', '科研项目', '专利软著', '企业培训', '典型案例',
      MAJORS_SHEET, MARKER_SHEET,
    ])
    expect(sheet(wb, MAJORS_SHEET).state).toBe('hidden')
    expect(sheet(wb, MARKER_SHEET).state).toBe('veryHidden')
    expect(sheet(wb, MARKER_SHEET).getCell('A1').value).toBe('supply-list')
    expect(sheet(wb, MARKER_SHEET).getCell('A2').value).toBe(LAYOUT_VERSION)
  })

  it('prints the form header block and the 类别/具体指标/内容说明 table with the form wording', async () => {
    const wb = await load(await buildSupplyTemplate())
    const ws = sheet(wb, '基本信息')
    const columnA = ws.getColumn(1).values.filter(Boolean)
    const columnB = ws.getColumn(2).values.filter((v) => typeof v === 'string')
    expect(ws.getCell('A1').value).toBe('职业院校供给清单统计表')
    for (const label of ['填报单位（盖章）', '填报时间', '填报人', '联系电话', '类别', '基本信息', '技能人才供给', '重大仪器设备', '科研及培训能力']) {
      expect(columnA).toContain(label)
    }
    for (const label of ['院校名称', '对接负责人姓名', '联系人电话', '联系人职务/职称', '联络邮箱', '相关专业设置¹', '产教融合典型案例⁹']) {
      expect(columnB).toContain(label)
    }
  })

  it('prints on A4, one page wide, repeating each sheet’s header row, with the form’s footnotes as cells under the table', async () => {
    for (const [build, marks] of [[buildSupplyTemplate, 9], [buildDemandTemplate, 10]] as const) {
      const wb = await load(await build())
      for (const ws of wb.worksheets.filter((w) => w.state === 'visible')) {
        expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 })
        if (ws.name !== '基本信息') expect(ws.pageSetup.printTitlesRow).toBe('1:1')
      }
      const texts = (sheet(wb, '基本信息').getColumn(1).values as unknown[]).filter((v): v is string => typeof v === 'string')
      const remark = texts.findIndex((t) => t.startsWith('备注：'))
      expect(texts.slice(remark + 1)).toHaveLength(marks)
      expect(texts.slice(remark + 1).every((t) => /^\d+ \S/.test(t))).toBe(true)
    }
    const supply = sheet(await load(await buildSupplyTemplate()), '基本信息')
    expect((supply.getColumn(1).values as unknown[]).filter(Boolean)).toContain('1 列出所开设与产业链领域相关的专业名称及专业代码')
  })

  it('says 必填 once in every note', async () => {
    for (const build of [buildSupplyTemplate, buildDemandTemplate]) {
      const wb = await load(await build())
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => {
        expect(JSON.stringify(c.note ?? '')).not.toMatch(/必填.*必填/)
      })))
    }
  })

  it('freezes, names and annotates every section header with its footnote; widths are set', async () => {
    const wb = await load(await buildDemandTemplate())
    for (const spec of demandLayout.sheets) {
      const ws = sheet(wb, spec.name)
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
      spec.columns.forEach((c, i) => {
        const cell = ws.getRow(1).getCell(i + 1)
        expect(cell.value).toBe(c.header)
        expect(JSON.stringify(cell.note)).toContain(c.note.slice(0, 6))
        expect(ws.getColumn(i + 1).width).toBeGreaterThan(8)
      })
    }
    expect(JSON.stringify(sheet(wb, '技能要求').getCell('C1').note)).toContain('需列出岗位所需的具体技能点及等级要求')
  })

  it('offers drop-downs in Chinese, the major catalogue from the hidden sheet, and number checks', async () => {
    const ctx = defaultListContext()
    const wb = await load(await buildSupplyTemplate({ majors: ctx.majors }))
    const de = sheet(wb, '毕业去向')
    expect(validationAt(de, `${col(de, '就业去向类型')}2`)?.formulae).toEqual([`"${Object.values(DestinationType.labels).join(',')}"`])
    expect(validationAt(de, `${col(de, '专业代码及名称')}500`)?.formulae).toEqual([`'${MAJORS_SHEET}'!$C$2:$C$${ctx.majors.length + 1}`])
    const en = sheet(wb, '在校生规模')
    expect(validationAt(en, `${col(en, '年级')}2`)).toMatchObject({ type: 'whole', formulae: [1, 5] })
    expect(validationAt(en, `${col(en, '在校生人数')}2`)).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] })
    expect(validationAt(sheet(wb, '科研项目'), 'E2')).toMatchObject({ type: 'decimal' })
    const catalogue = sheet(wb, MAJORS_SHEET)
    expect(catalogue.getCell('C2').value).toBe(`${ctx.majors[0]!.code} ${ctx.majors[0]!.name}`)
    expect(catalogue.actualRowCount).toBe(ctx.majors.length + 1)

    const demand = await load(await buildDemandTemplate())
    const basic = sheet(demand, '基本信息')
    const nature = basicCell(demand, '企业性质¹⁰')
    expect(nature.dataValidation?.formulae).toEqual([`"${Object.values(EnterpriseNature.labels).join(',')}"`])
    expect(basic.name).toBe('基本信息')
    const skills = sheet(demand, '技能要求')
    expect(validationAt(skills, 'A2')?.formulae?.[0]).toMatch(/^'岗位需求'!\$A\$2:\$A\$\d+$/)
  })

  it('uses the majors it is given, and the parser refuses a code outside the ones it is given', async () => {
    const majors = [{ code: '460103', name: '数控技术' }]
    const wb = await load(await buildSupplyTemplate({ majors }))
    expect(sheet(wb, MAJORS_SHEET).actualRowCount).toBe(majors.length + 1)
    const data = sampleSupplyList()
    const result = await parseSupplyWorkbook(await exportSupplyWorkbook(data), { majors })
    const outside = data.majors.find((m) => m.majorCode !== '460103')!.majorCode
    expect(!result.ok && result.issues.find((i) => i.sheet === '专业设置')?.message).toBe(`专业代码「${outside}」不在专业目录中`)
  })
})

describe('template → fill by hand → parse', () => {
  it('reads what a person types into the blank template', async () => {
    const file = await edit(await buildSupplyTemplate(), (wb) => {
      basicCell(wb, '填报年度').value = 2026
      basicCell(wb, '填报时间').value = '2026年3月1日'
      basicCell(wb, '填报人').value = '王老师'
      basicCell(wb, '联系电话').value = '0531-51793802'
      basicCell(wb, '院校名称').value = '山东示例职业技术学院'
      basicCell(wb, '统一社会信用代码').value = '12370100MB1234567U'
      basicCell(wb, '对接负责人姓名').value = '李明'
      basicCell(wb, '联系人电话').value = 13905310001
      basicCell(wb, '联系人职务/职称').value = '处长'
      basicCell(wb, '联络邮箱').value = 'li@example.edu.cn'
      sheet(wb, '专业设置').getCell('A2').value = '460103 数控技术'
      sheet(wb, '在校生规模').getRow(2).values = ['460103 数控技术', 1, '120']
      sheet(wb, '实验实训设备').getRow(2).values = ['五轴加工中心', null, 2, '复杂曲面加工']
      sheet(wb, '设备开放共享').getRow(2).values = ['五轴加工中心', null, '工作日', '无偿']
      sheet(wb, '师资队伍').getRow(2).values = ['460103', 20, 0.4, 5, '机床制造']
      sheet(wb, '科研项目').getRow(2).values = ['主轴补偿', '省级', '新工艺', null, 10, '否', 2025]
    })
    const result = await parseSupplyWorkbook(file)
    expect(result.ok ? [] : result.issues).toEqual([])
    expect(result.ok && result.data).toEqual({
      year: 2026, filledAt: '2026-03-01', filledBy: '王老师', filledByPhone: '0531-51793802',
      college: { name: '山东示例职业技术学院', uscc: '12370100MB1234567U', contactName: '李明', contactPhone: '13905310001', contactTitle: '处长', contactEmail: 'li@example.edu.cn' },
      majors: [{ majorCode: '460103' }],
      enrolments: [{ majorCode: '460103', grade: 1, count: 120 }],
      cohorts: [],
      faculty: [{ majorCode: '460103', fullTime: 20, seniorTitleShare: 0.4, partTimeFromIndustry: 5, industryBackground: '机床制造' }],
      equipment: [{ name: '五轴加工中心', quantity: 2, coreFunction: '复杂曲面加工', open: true, openHours: '工作日', fee: 'free' }],
      researchProjects: [{ name: '主轴补偿', level: 'provincial', outcomeType: '新工艺', amountWan: 10, finished: false, year: 2025 }],
      ip: [], trainingCourses: [], cases: [],
    })
  })
})
