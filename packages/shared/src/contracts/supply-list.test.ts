import { describe, expect, it } from 'vitest'
import { sampleSupplyList } from './list-samples'
import { missingSupplySections, SupplyListInput, SupplyListSteps } from './supply-list'

/** The Chinese message zod reports at one dotted path, or undefined when that path is clean. */
function messageAt(input: unknown, path: string): string | undefined {
  const result = SupplyListInput.safeParse(input)
  if (result.success) return undefined
  return result.error.issues.find((i) => i.path.join('.') === path)?.message
}

describe('SupplyListInput', () => {
  it('accepts the complete sample list', () => {
    const result = SupplyListInput.safeParse(sampleSupplyList())
    expect(result.success ? [] : result.error.issues).toEqual([])
  })

  it('speaks Chinese on single-field constraints', () => {
    const v = sampleSupplyList()
    v.enrolments[0]!.count = -1
    v.enrolments[1]!.count = 10.5
    v.enrolments[2]!.grade = 6
    v.college.contactEmail = 'not-an-email'
    v.college.contactPhone = '12345'
    v.filledBy = '  '
    expect(messageAt(v, 'enrolments.0.count')).toBe('不能为负数')
    expect(messageAt(v, 'enrolments.1.count')).toBe('人数应为整数')
    expect(messageAt(v, 'enrolments.2.grade')).toBe('年级应为1–5')
    expect(messageAt(v, 'college.contactEmail')).toBe('邮箱格式不正确')
    expect(messageAt(v, 'college.contactPhone')).toContain('手机号格式不正确')
    expect(messageAt(v, 'filledBy')).toBe('必填')
  })

  it('reports a missing field as 必填 and a wrong type in Chinese', () => {
    const v = sampleSupplyList() as unknown as Record<string, unknown>
    delete v.filledBy
    ;(v.enrolments as Record<string, unknown>[])[0]!.count = '多'
    expect(messageAt(v, 'filledBy')).toBe('必填')
    expect(messageAt(v, 'enrolments.0.count')).toBe('应为数字')
  })

  it('accepts mobile numbers and landlines, with or without the dash', () => {
    for (const phone of ['13905310001', '0531-51793802', '053151793802', '010-12345678']) {
      const v = sampleSupplyList()
      v.filledByPhone = phone
      expect(messageAt(v, 'filledByPhone'), phone).toBeUndefined()
    }
    for (const phone of ['12905310001', '1390531000', '531-51793802']) {
      const v = sampleSupplyList()
      v.filledByPhone = phone
      expect(messageAt(v, 'filledByPhone'), phone).toContain('手机号格式不正确')
    }
  })

  it('checks the USCC check character', () => {
    const v = sampleSupplyList()
    const code = v.college.uscc
    v.college.uscc = code.slice(0, 17) + (code[17] === '0' ? '1' : '0')
    expect(messageAt(v, 'college.uscc')).toContain('统一社会信用代码校验位不正确')
  })

  it('refuses more employed graduates than graduates, and destinations summing past the cohort', () => {
    const v = sampleSupplyList()
    v.cohorts[0]!.employedCount = v.cohorts[0]!.count + 1
    v.cohorts[0]!.destinations[0]!.count = v.cohorts[0]!.count
    expect(messageAt(v, 'cohorts.0.employedCount')).toBe('就业人数不能多于毕业生人数')
    expect(messageAt(v, 'cohorts.0.destinations')).toMatch(/^各去向人数合计\d+人，多于毕业生人数\d+人$/)
  })

  it('keeps the senior-title share within 0–100%', () => {
    const v = sampleSupplyList()
    v.faculty[0]!.seniorTitleShare = 1.2
    expect(messageAt(v, 'faculty.0.seniorTitleShare')).toBe('高级职称比例应在0–100%之间')
    v.faculty[0]!.seniorTitleShare = 1
    expect(messageAt(v, 'faculty.0.seniorTitleShare')).toBeUndefined()
  })

  it('names the repeated enrolment row (same major and grade), not the first', () => {
    const v = sampleSupplyList()
    v.enrolments.push({ ...v.enrolments[0]! })
    const last = v.enrolments.length - 1
    expect(messageAt(v, `enrolments.${last}.grade`)).toBe('同一专业同一年级重复')
    expect(messageAt(v, 'enrolments.0.grade')).toBeUndefined()
  })

  it('requires every major used elsewhere to be listed in 专业设置', () => {
    const v = sampleSupplyList()
    v.faculty[0]!.majorCode = '460101'
    expect(messageAt(v, 'faculty.0.majorCode')).toBe('该专业未在「专业设置」中列出')
  })

  it('requires open equipment to state hours and fee, and cohorts to be from the last 3 years', () => {
    const v = sampleSupplyList()
    v.equipment[1]!.open = true
    v.cohorts[1]!.year = v.year - 4
    expect(messageAt(v, 'equipment.1.openHours')).toBe('开放共享的设备须填写开放时间')
    expect(messageAt(v, 'equipment.1.fee')).toBe('开放共享的设备须标注有偿或无偿')
    expect(messageAt(v, 'cohorts.1.year')).toContain('近3年')
  })

  it('takes 近3年 as exactly the three years before the list year: a fourth year, or the list year itself, is refused in Chinese', () => {
    const v = sampleSupplyList()
    const at = (year: number) => {
      const w = structuredClone(v)
      w.cohorts[1]!.year = year
      return messageAt(w, 'cohorts.1.year')
    }
    expect([at(v.year - 3), at(v.year - 2), at(v.year - 1)]).toEqual([undefined, undefined, undefined])
    expect(at(v.year - 4)).toBe(`毕业年份应为近3年，即填报年度${v.year}年之前的三年（${v.year - 3}–${v.year - 1}年）`)
    expect(at(v.year)).toContain('近3年')
    const p = structuredClone(v)
    p.researchProjects[0]!.year = v.year - 4
    expect(messageAt(p, 'researchProjects.0.year')).toContain('项目年份应为近3年')
  })
})

describe('SupplyListSteps and missingSupplySections', () => {
  it('validates each step on its own', () => {
    const v = sampleSupplyList()
    expect(SupplyListSteps.basic.safeParse(v).success).toBe(true)
    expect(SupplyListSteps.talent.safeParse(v).success).toBe(true)
    v.enrolments.push({ ...v.enrolments[0]! })
    expect(SupplyListSteps.talent.safeParse(v).success).toBe(false)
    expect(SupplyListSteps.equipment.safeParse(v).success).toBe(true)
  })

  it('lists nothing for a complete list and names what an empty draft lacks', () => {
    expect(missingSupplySections(sampleSupplyList())).toEqual([])
    const missing = missingSupplySections({})
    expect(missing).toContain('基本信息：院校名称')
    expect(missing).toContain('相关专业设置')
    expect(missing).toContain('企业培训服务能力')
    expect(missing).not.toContain('产教融合典型案例')
  })

  it('names one missing basic field and one empty section', () => {
    const v = sampleSupplyList()
    v.college.contactTitle = ''
    v.faculty = []
    expect(missingSupplySections(v)).toEqual(['基本信息：联系人职务/职称', '师资队伍情况'])
  })
})
