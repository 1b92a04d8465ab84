import { describe, expect, it } from 'vitest'
import { DemandListInput, DemandListSteps, missingDemandSections } from './demand-list'
import { sampleDemandList, withCheckChar } from './list-samples'

function messageAt(input: unknown, path: string): string | undefined {
  const result = DemandListInput.safeParse(input)
  if (result.success) return undefined
  return result.error.issues.find((i) => i.path.join('.') === path)?.message
}

describe('DemandListInput', () => {
  it('accepts the complete sample list', () => {
    const result = DemandListInput.safeParse(sampleDemandList())
    expect(result.success ? [] : result.error.issues).toEqual([])
  })

  it('refuses a minimum salary above the maximum, on the minimum', () => {
    const v = sampleDemandList()
    v.jobs[0]!.salaryMin = v.jobs[0]!.salaryMax + 1
    expect(messageAt(v, 'jobs.0.salaryMin')).toBe('最低薪资不能高于最高薪资')
    v.jobs[0]!.salaryMin = v.jobs[0]!.salaryMax
    expect(messageAt(v, 'jobs.0.salaryMin')).toBeUndefined()
  })

  it('speaks Chinese on head-counts, enums and the enterprise USCC', () => {
    const v = sampleDemandList()
    v.jobs[0]!.headcount = 0
    v.trainingNeeds[0]!.perYear = -3
    v.org.uscc = withCheckChar('12370100MB1234567')
    ;(v.jobs[1] as Record<string, unknown>).education = 'phd'
    expect(messageAt(v, 'jobs.0.headcount')).toBe('需求人数至少为1')
    expect(messageAt(v, 'trainingNeeds.0.perYear')).toBe('不能为负数')
    expect(messageAt(v, 'org.uscc')).toBe('企业的统一社会信用代码应以91开头')
    expect(messageAt(v, 'jobs.1.education')).toBeDefined()
  })

  it('stores a phone number in one form however it was written (decision 050), and still names a wrong one', () => {
    const v = sampleDemandList()
    v.org.contactPhone = '+86 139-0531-0001'
    v.filledByPhone = '(0531) 88886666'
    const parsed = DemandListInput.parse(v)
    expect([parsed.org.contactPhone, parsed.filledByPhone]).toEqual(['13905310001', '0531-88886666'])
    v.org.contactPhone = '139 0531 000'
    expect(messageAt(v, 'org.contactPhone')).toBe('手机号格式不正确（座机请写作0531-51793802）')
  })

  it('still applies cross-field rules when other fields of the same list are wrong', () => {
    const v = sampleDemandList()
    v.jobs[0]!.headcount = -1
    v.jobs[0]!.salaryMin = v.jobs[0]!.salaryMax + 1
    v.jobs[1]!.title = v.jobs[0]!.title
    ;(v.org as Record<string, unknown>).contactEmail = undefined
    expect(messageAt(v, 'jobs.0.headcount')).toBe('不能为负数')
    expect(messageAt(v, 'jobs.0.salaryMin')).toBe('最低薪资不能高于最高薪资')
    expect(messageAt(v, 'jobs.1.title')).toBe('岗位名称重复')
    expect(messageAt(v, 'org.contactEmail')).toBe('必填')
  })

  it('refuses a per-session head-count above the yearly one', () => {
    const v = sampleDemandList()
    v.trainingNeeds[0]!.perSession = v.trainingNeeds[0]!.perYear + 1
    expect(messageAt(v, 'trainingNeeds.0.perSession')).toBe('单次培训人数不能多于年培训人数')
  })

  it('names repeated job titles, skills and cooperation modes', () => {
    const v = sampleDemandList()
    v.jobs[1]!.title = v.jobs[0]!.title
    v.jobs[0]!.skills.push({ ...v.jobs[0]!.skills[0]! })
    v.cooperationModes.push(v.cooperationModes[0]!)
    expect(messageAt(v, 'jobs.1.title')).toBe('岗位名称重复')
    expect(messageAt(v, `jobs.0.skills.${v.jobs[0]!.skills.length - 1}.name`)).toBe('技能点重复')
    expect(messageAt(v, `cooperationModes.${v.cooperationModes.length - 1}`)).toBe('合作模式重复')
  })

  it('names a job title repeated in full-width letters or brackets as repeated (decision 111)', () => {
    const v = sampleDemandList()
    v.jobs[0]!.title = 'CNC操作工(夜班)'
    v.jobs[1]!.title = 'ＣＮＣ操作工（夜班）'
    expect(messageAt(v, 'jobs.1.title')).toBe('岗位名称重复')
  })
})

describe('DemandListSteps and missingDemandSections', () => {
  it('validates each step on its own', () => {
    const v = sampleDemandList()
    for (const step of Object.values(DemandListSteps)) expect(step.safeParse(v).success).toBe(true)
    v.jobs[0]!.salaryMin = 1e6
    expect(DemandListSteps.jobs.safeParse(v).success).toBe(false)
    expect(DemandListSteps.training.safeParse(v).success).toBe(true)
  })

  it('names the job that has no skills and an empty cooperation choice', () => {
    expect(missingDemandSections(sampleDemandList())).toEqual([])
    const v = sampleDemandList()
    v.jobs[1]!.skills = []
    v.cooperationModes = []
    expect(missingDemandSections(v)).toEqual([`技能要求：岗位「${v.jobs[1]!.title}」`, '合作模式期望'])
    expect(missingDemandSections({})).toContain('岗位类型及数量（至少一个岗位）')
    expect(missingDemandSections({})).toContain('基本信息：企业名称')
  })
})
