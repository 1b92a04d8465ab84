import { describe, expect, it } from 'vitest'
import type { AdminScope } from './admin-scope'
import { creatableDepartments, managesAdministrator, managesAdministrators } from './administrators'

/** Decision 072's scope table, the one rule the API and the admin home both read. */
const scope = (department: AdminScope['department'], cityCode: string | null = null, groupingId: string | null = null): AdminScope => ({ department, cityCode, groupingId })
const platform = scope('all')
const eduOffice = scope('edu')
const industryOffice = scope('industry')
const ziboEdu = scope('edu', '370300')
const jinanIndustry = scope('industry', '370100')
const consortium = scope('grouping', null, 'g1')

describe('who manages which administrator (decision 072)', () => {
  it('the platform manages everyone, each provincial department its own side’s city bureaus, no one else anyone', () => {
    const targets = [platform, eduOffice, industryOffice, ziboEdu, jinanIndustry, consortium]
    const managed = (caller: AdminScope) => targets.filter((t) => managesAdministrator(caller, t))
    expect(managed(platform)).toEqual(targets)
    expect(managed(eduOffice)).toEqual([ziboEdu])
    expect(managed(industryOffice)).toEqual([jinanIndustry])
    for (const caller of [ziboEdu, jinanIndustry, consortium]) {
      expect(managed(caller)).toEqual([])
      expect(managesAdministrators(caller)).toBe(false)
      expect(creatableDepartments(caller)).toEqual([])
    }
  })

  it('offers the form only the departments the caller may create', () => {
    expect(creatableDepartments(platform)).toEqual(['all', 'edu', 'industry', 'grouping'])
    expect(creatableDepartments(eduOffice)).toEqual(['edu'])
    expect(creatableDepartments(industryOffice)).toEqual(['industry'])
  })
})
