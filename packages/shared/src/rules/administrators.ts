import type { z } from 'zod'
import type { AdminDepartment } from '../contracts/enums'
import type { AdminScope } from './admin-scope'

type Department = z.infer<typeof AdminDepartment.schema>

/**
 * Who manages which administrator accounts (decision 072). The platform administrator manages every one; the
 * provincial 教育厅 and 工信厅 manage their own side's city bureaus, which answer to them; a city bureau or a
 * consortium/park secretariat manages none (its accounts come from above).
 */
export function managesAdministrators(caller: AdminScope): boolean {
  return caller.department === 'all' || ((caller.department === 'edu' || caller.department === 'industry') && !caller.cityCode)
}

/** Whether `caller` manages the administrator whose scope is `target`: the one rule for create, list, reset and disable. */
export function managesAdministrator(caller: AdminScope, target: AdminScope): boolean {
  if (caller.department === 'all') return true
  if (!managesAdministrators(caller)) return false
  return target.department === caller.department && !!target.cityCode
}

/** The departments the 新增管理员 form offers `caller` ('all' = another platform administrator). */
export function creatableDepartments(caller: AdminScope): Department[] {
  if (caller.department === 'all') return ['all', 'edu', 'industry', 'grouping']
  return managesAdministrators(caller) ? [caller.department] : []
}
