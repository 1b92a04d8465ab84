import type { FieldIssue } from '@zhilian/shared'
import { sampleDemandList, sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import { describe, expect, it } from 'vitest'
import { exportDemandWorkbook, exportSupplyWorkbook, parseDemandWorkbook, parseSupplyWorkbook } from './index'
import { basicCell, col, edit, sheet } from '../testing/excel'

function issuesOf(result: { ok: true } | { ok: false; issues: FieldIssue[] }): FieldIssue[] {
  expect(result.ok).toBe(false)
  return result.ok ? [] : result.issues
}

function expectEveryIssueLocated(issues: FieldIssue[]) {
  for (const issue of issues) {
    expect(issue.sheet, issue.message).toBeTruthy()
    expect(issue.row, issue.message).toBeGreaterThanOrEqual(1)
    expect(issue.column, issue.message).toMatch(/^[A-Z]+$/)
    expect(issue.message).toMatch(/[\u4e00-\u9fa5]/)
  }
}

describe('every problem in the file is listed, each on its cell', () => {
  it('supply list: bad USCC, negative and non-numeric counts, unknown major, duplicate rows, bad share, orphan destination, blank required', async () => {
    const data = sampleSupplyList()
    const file = await edit(await exportSupplyWorkbook(data), (wb) => {
      const uscc = data.college.uscc
      basicCell(wb, '统一社会信用代码').value = uscc.slice(0, 17) + (uscc[17] === '0' ? '1' : '0')
      const en = sheet(wb, '在校生规模')
      const [major, grade, count] = ['专业代码及名称', '年级', '在校生人数'].map((h) => col(en, h))
      en.getCell(`${count}2`).value = -5
      en.getCell(`${count}3`).value = '很多'
      en.getCell(`${major}4`).value = '999999'
      en.getRow(5).values = [en.getCell(`${major}2`).value, en.getCell(`${grade}2`).value, 7]
      en.getRow(6).values = [en.getCell(`${major}2`).value, en.getCell(`${grade}2`).value, -5]
      const fa = sheet(wb, '师资队伍')
      fa.getCell(`${col(fa, '高级职称比例')}2`).value = '150%'
      const de = sheet(wb, '毕业去向')
      de.getRow(de.actualRowCount + 1).values = [data.majors[0]!.majorCode, 2023, '升学', 3]
      const co = sheet(wb, '毕业生规模')
      co.getCell(`${col(co, '毕业年份')}3`).value = null
    })
    const issues = issuesOf(await parseSupplyWorkbook(file))
    expectEveryIssueLocated(issues)
    const at = (sheetName: string, row: number, header?: string) =>
      issues.filter((i) => i.sheet === sheetName && i.row === row && (header === undefined || i.column === header)).map((i) => i.message)
    expect(issues.find((i) => i.path === 'college.uscc')?.message).toContain('统一社会信用代码校验位不正确')
    expect(at('在校生规模', 2, 'C')).toEqual(['不能为负数'])
    expect(at('在校生规模', 3, 'C')).toEqual(['应为数字'])
    expect(at('在校生规模', 4, 'A')).toEqual(['专业代码「999999」不在专业目录中'])
    expect(at('在校生规模', 5, 'B')).toEqual(['同一专业同一年级重复'])
    expect(at('在校生规模', 6)).toEqual(['与第2行完全相同，请删除重复行'])
    expect(at('师资队伍', 2, 'C')).toEqual(['高级职称比例应在0–100%之间'])
    expect(at('毕业去向', data.cohorts[0]!.destinations.length + 2, 'A')).toEqual(['「毕业生规模」表中没有该专业该年份的毕业生，请先填写'])
    expect(at('毕业生规模', 3, 'B')).toEqual(['必填'])
    // Sorted by sheet (in workbook order), then row, then column.
    expect(issues[0]!.sheet).toBe('基本信息')
  })

  it('demand list: salary range, unknown job in skills, city, enum label, email — and the issue paths', async () => {
    const data = sampleDemandList()
    const file = await edit(await exportDemandWorkbook(data), (wb) => {
      basicCell(wb, '对接人邮箱').value = 'hr@'
      const jobs = sheet(wb, '岗位需求')
      jobs.getCell(`${col(jobs, '最低月薪（元）')}3`).value = data.jobs[1]!.salaryMax + 1
      jobs.getCell(`${col(jobs, '工作城市')}2`).value = '北京市'
      jobs.getCell(`${col(jobs, '学历要求')}3`).value = '博士'
      const skills = sheet(wb, '技能要求')
      skills.getRow(skills.actualRowCount + 1).values = ['不存在的岗位', '焊接', '初级']
    })
    const issues = issuesOf(await parseDemandWorkbook(file))
    expectEveryIssueLocated(issues)
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i]))
    expect(byPath['org.contactEmail']).toMatchObject({ message: '邮箱格式不正确', sheet: '基本信息', column: 'C' })
    expect(byPath['jobs.1.salaryMin']).toMatchObject({ message: '最低薪资不能高于最高薪资', sheet: '岗位需求', row: 3, column: 'G' })
    expect(byPath['jobs.0.cityCode']).toMatchObject({ sheet: '岗位需求', row: 2, column: 'F' })
    expect(byPath['jobs.0.cityCode']!.message).toContain('「北京市」不是山东省的地级市')
    expect(byPath['jobs.1.education']!.message).toContain('「博士」不在可选范围内，可选：不限、')
    const orphan = issues.find((i) => i.sheet === '技能要求' && i.row === data.jobs.flatMap((j) => j.skills).length + 2)
    expect(orphan).toMatchObject({ message: '「岗位需求」表中没有这个岗位名称', column: 'A' })
    expect(issues).toHaveLength(5)
  })
})
