import { sampleDemandList, sampleSupplyList } from '@zhilian/shared/contracts/list-samples'
import { describe, expect, it } from 'vitest'
import { contentHash, exportDemandWorkbook, exportSupplyWorkbook, parseDemandWorkbook, parseSupplyWorkbook } from './index'
import { basicCell, col, edit, sheet } from '../testing/excel'

/** Real-world Excel habits that must still read as the same data. */
describe('tolerant reading', () => {
  it('reads full-width digits, numbers stored as text, thousands separators and trailing spaces', async () => {
    const data = sampleSupplyList()
    const file = await edit(await exportSupplyWorkbook(data), (wb) => {
      const ws = sheet(wb, '在校生规模')
      ws.getCell(`${col(ws, '在校生人数')}2`).value = '１２０'
      ws.getCell(`${col(ws, '在校生人数')}3`).value = ' 110 '
      ws.getCell(`${col(ws, '年级')}4`).value = '1'
      const tc = sheet(wb, '企业培训')
      tc.getCell(`${col(tc, '收费标准（元/人）')}2`).value = '1,200'
      tc.getCell(`${col(tc, '培训课程名称')}2`).value = `${data.trainingCourses[0]!.title}   `
      basicCell(wb, '联系人电话').value = Number(data.college.contactPhone)
      basicCell(wb, '统一社会信用代码').value = data.college.uscc.toLowerCase()
    })
    const result = await parseSupplyWorkbook(file)
    expect(result.ok ? [] : result.issues).toEqual([])
    expect(result.ok && result.data).toEqual(data)
  })

  it('reads dates typed as text in several ways, or left as Excel serial numbers', async () => {
    const data = sampleSupplyList()
    const forms: [unknown, string][] = [
      ['2026/9/1', '2026-09-01'], ['2026年9月1日', '2026-09-01'], ['2026.09.01', '2026-09-01'], ['２０２６-９-１', '2026-09-01'],
      [46266, '2026-09-01'], ['20260901', '2026-09-01'],
    ]
    for (const [typed, iso] of forms) {
      const file = await edit(await exportSupplyWorkbook(data), (wb) => {
        const ws = sheet(wb, '企业培训')
        const cell = ws.getCell(`${col(ws, '开班日期')}2`)
        cell.value = typed as string
        cell.numFmt = 'General'
      })
      const result = await parseSupplyWorkbook(file)
      expect(result.ok && result.data.trainingCourses[0]!.startDate, String(typed)).toBe(iso)
    }
  }, 60_000)

  it('refuses an impossible date in Chinese, on its cell', async () => {
    const file = await edit(await exportSupplyWorkbook(sampleSupplyList()), (wb) => {
      basicCell(wb, '填报时间').value = '2026-02-30'
    })
    const result = await parseSupplyWorkbook(file)
    expect(!result.ok && result.issues).toEqual([
      { path: 'filledAt', message: '日期格式不正确，应为2026-09-01', sheet: '基本信息', row: expect.any(Number), column: 'B' },
    ])
  })

  it('uses the cached result of formula cells', async () => {
    const data = sampleSupplyList()
    const file = await edit(await exportSupplyWorkbook(data), (wb) => {
      const ws = sheet(wb, '毕业生规模')
      const count = data.cohorts[0]!.count
      ws.getCell(`${col(ws, '毕业生人数')}2`).value = { formula: `${count - 1}+1`, result: count }
    })
    const result = await parseSupplyWorkbook(file)
    expect(result.ok && result.data).toEqual(data)
  })

  it('reads a merged major cell as the master value on every row it spans', async () => {
    const data = sampleSupplyList()
    expect(data.enrolments[0]!.majorCode).toBe(data.enrolments[1]!.majorCode)
    const file = await edit(await exportSupplyWorkbook(data), (wb) => {
      const ws = sheet(wb, '在校生规模')
      const c = col(ws, '专业代码及名称')
      ws.getCell(`${c}3`).value = null
      ws.mergeCells(`${c}2:${c}3`)
    })
    const result = await parseSupplyWorkbook(file)
    expect(result.ok ? [] : result.issues).toEqual([])
    expect(result.ok && result.data.enrolments).toEqual(data.enrolments)
  })

  it('accepts Chinese labels, English keys and a bare major code; ignores empty trailing rows', async () => {
    const data = sampleDemandList()
    const file = await edit(await exportDemandWorkbook(data), (wb) => {
      const ws = sheet(wb, '岗位需求')
      ws.getCell(`${col(ws, '岗位类型')}2`).value = 'full_time'
      ws.getCell(`${col(ws, '工作城市')}2`).value = '济南'
      ws.getCell(`${col(ws, '相关专业代码')}2`).value = data.jobs[0]!.majorCodes.join(' / ')
      for (let r = 20; r < 40; r++) ws.getCell(`A${r}`).value = '   '
      ws.getCell('B45').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } }
    })
    const result = await parseDemandWorkbook(file)
    expect(result.ok ? [] : result.issues).toEqual([])
    expect(result.ok && result.data).toEqual(data)
  })

  it('reads the national skill-level names (五级/初级工 … 一级/高级技师, 高级工) as the levels they are', async () => {
    const written = ['五级/初级工', '四级（中级工）', '高级工', '二级/技师', '一级/高级技师', '三级']
    const wanted = ['basic', 'intermediate', 'advanced', 'technician', 'senior_technician', 'advanced']
    const data = sampleDemandList()
    data.jobs[0]!.skills = written.map((_, i) => ({ name: `技能${i}`, level: 'basic' as const }))
    const file = await edit(await exportDemandWorkbook(data), (wb) => {
      const ws = sheet(wb, '技能要求')
      written.forEach((w, i) => { ws.getCell(`${col(ws, '等级要求')}${i + 2}`).value = w })
    })
    const result = await parseDemandWorkbook(file)
    expect(result.ok ? [] : result.issues).toEqual([])
    expect(result.ok && result.data.jobs[0]!.skills.map((s) => s.level)).toEqual(wanted)
  })

  it('hashes the normalised content: the same data typed differently is the same upload', async () => {
    const data = sampleSupplyList()
    const plain = await parseSupplyWorkbook(await exportSupplyWorkbook(data))
    const retyped = await parseSupplyWorkbook(await edit(await exportSupplyWorkbook(data), (wb) => {
      const ws = sheet(wb, '在校生规模')
      ws.getCell(`${col(ws, '在校生人数')}2`).value = String(data.enrolments[0]!.count)
    }))
    const changed = await parseSupplyWorkbook(await edit(await exportSupplyWorkbook(data), (wb) => {
      const ws = sheet(wb, '在校生规模')
      ws.getCell(`${col(ws, '在校生人数')}2`).value = data.enrolments[0]!.count + 1
    }))
    expect(plain.ok && retyped.ok && changed.ok).toBe(true)
    if (!plain.ok || !retyped.ok || !changed.ok) return
    expect(retyped.hash).toBe(plain.hash)
    expect(changed.hash).not.toBe(plain.hash)
    expect(plain.hash).toBe(contentHash(data))
  })
})
