import type { z } from 'zod'
import type { AdminDepartment, OrgKind } from '../contracts/enums'
import type { ReviewKind } from '../contracts/review'

type Kind = z.infer<typeof OrgKind.schema>
type Department = z.infer<typeof AdminDepartment.schema>

/** What one administrator governs (decision 021). */
export interface AdminScope {
  department: Department
  /** edu / industry of one city (its bureau); null = the province's department. */
  cityCode: string | null
  /** grouping: the consortium or park whose members it governs. */
  groupingId: string | null
}

export const PROVINCE_SCOPE: AdminScope = { department: 'all', cityCode: null, groupingId: null }

/**
 * Which organisation kinds each side governs (decision 022): the education side the colleges and their 附件1,
 * the industry side everyone who fills 附件2 or serves enterprises. null = every kind.
 */
export function kindsGoverned(department: Department): Kind[] | null {
  if (department === 'edu') return ['college']
  if (department === 'industry') return ['enterprise', 'research_institute', 'industry_org', 'service_provider']
  return null
}

/** The review queues an administrator sees; 举报 (reports) stay with the province. */
export function reviewKindsFor(scope: AdminScope): ReviewKind[] {
  switch (scope.department) {
    case 'all': return ['organization', 'job', 'supply_list', 'demand_list', 'report']
    case 'edu': return ['organization', 'supply_list']
    case 'industry': return ['organization', 'job', 'demand_list']
    case 'grouping': return ['organization', 'job', 'supply_list', 'demand_list']
  }
}

/** Consortium and park administrators follow their members; approving the official forms is the departments'. */
export const canDecide = (scope: AdminScope) => scope.department !== 'grouping'

/**
 * Who suspends and restores a unit (decision 083): the province, and a provincial department for its side's units
 * (the scope filter keeps the side). City bureaus and consortium/park administrators follow units but do not suspend.
 */
export const canSuspend = (scope: AdminScope) => scope.department === 'all' || (scope.department !== 'grouping' && !scope.cityCode)

const SIDE = { edu: { office: '教育厅', bureau: '教育局', what: '院校' }, industry: { office: '工业和信息化厅', bureau: '工业和信息化局', what: '企业与机构' } } as const

/** The line the admin area shows, e.g. "淄博市教育局 · 仅本市院校". */
export function scopeLabel(scope: AdminScope, names: { city?: string | null; grouping?: string | null }): string {
  if (scope.department === 'all') return '省级管理员 · 全省全部单位'
  if (scope.department === 'grouping') return `${names.grouping ?? '联合体/园区'} · 仅成员单位`
  const side = SIDE[scope.department]
  return scope.cityCode ? `${names.city ?? ''}${side.bureau} · 仅本市${side.what}` : `山东省${side.office} · 全省${side.what}`
}
