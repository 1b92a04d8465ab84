import { describe, expect, it } from 'vitest'
import { partnerKinds, projectPartiesProblem } from './project-parties'

describe('who may be a project\'s parties (decision 107)', () => {
  it('joins one unit of each side, either way round', () => {
    expect(projectPartiesProblem('event_signing', 'college', 'enterprise')).toBeNull()
    expect(projectPartiesProblem('event_signing', 'enterprise', 'research_institute')).toBeNull()
    expect(projectPartiesProblem('order_class', 'service_provider', 'college')).toBeNull()
    expect(projectPartiesProblem('event_signing', 'enterprise', 'enterprise')?.field).toBe('partnerOrgId')
    expect(projectPartiesProblem('event_signing', 'college', 'research_institute')?.field).toBe('partnerOrgId')
    expect(projectPartiesProblem('training', 'college', 'college')?.message).toBe('企业培训项目由院校与企业等单位双方建立，合作单位应为企业等单位')
  })

  it('names the starter when its own kind is on neither side', () => {
    expect(partnerKinds('equipment_booking', 'industry_org')).toEqual([])
    expect(projectPartiesProblem('equipment_booking', 'industry_org', 'college')).toEqual({ field: 'orgId', message: '设备共享项目由院校与企业、科研院所双方建立，行业组织不能建立设备共享项目' })
  })
})
