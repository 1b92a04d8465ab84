import type { AdministratorChoices, AdministratorScopeInput } from '@zhilian/shared/contracts/administrators'
import { scopeLabel } from '@zhilian/shared/rules/admin-scope'

export type Department = AdministratorChoices['departments'][number]
/** edu / industry: the provincial department or one city's bureau. */
export type Level = 'province' | 'city'

/** What the 范围 pickers hold; `scopeOf` turns it into the request's scope. */
export interface ScopeChoice { department: Department | null; level: Level; cityCode: string | null; groupingId: string | null }

export const DEPARTMENT_LABELS: Record<Department, string> = { all: '省级管理员', edu: '教育部门', industry: '工信部门', grouping: '联合体/园区' }
export const levelLabel = (department: 'edu' | 'industry', level: Level) =>
  ({ edu: { province: '省教育厅', city: '市教育局' }, industry: { province: '省工信厅', city: '市工信局' } })[department][level]

/** The first choice: the only department offered, and a city bureau unless the caller may create provincial ones. */
export function initialChoice(choices: AdministratorChoices): ScopeChoice {
  return { department: choices.departments.length === 1 ? choices.departments[0]! : null, level: choices.provinceLevel ? 'province' : 'city', cityCode: null, groupingId: null }
}

export const sided = (d: Department | null): d is 'edu' | 'industry' => d === 'edu' || d === 'industry'

/** The scope the form sends; a city bureau without its city is left for `missing` to name. */
export function scopeOf(c: ScopeChoice): AdministratorScopeInput | undefined {
  if (!c.department) return undefined
  if (c.department === 'grouping') return { department: 'grouping', groupingId: c.groupingId }
  if (sided(c.department)) return { department: c.department, cityCode: c.level === 'city' ? c.cityCode : null }
  return { department: 'all' }
}

/** Problems the request's schema cannot see: no department yet, or a city bureau without its city. */
export function missing(c: ScopeChoice): Record<string, string> {
  if (!c.department) return { 'scope.department': '请选择范围' }
  if (sided(c.department) && c.level === 'city' && !c.cityCode) return { 'scope.cityCode': '请选择城市' }
  return {}
}

/** The new account's scope in the words its list row will use, e.g. "淄博市教育局 · 仅本市院校". */
export function previewLabel(c: ScopeChoice, choices: AdministratorChoices): string | undefined {
  const scope = scopeOf(c)
  if (!scope || missing(c)['scope.cityCode'] || (scope.department === 'grouping' && !scope.groupingId)) return undefined
  return scopeLabel(
    { department: scope.department, cityCode: scope.cityCode ?? null, groupingId: scope.groupingId ?? null },
    { city: choices.cities.find((x) => x.adcode === scope.cityCode)?.name, grouping: choices.groupings.find((g) => g.id === scope.groupingId)?.name },
  )
}
