import type { z } from 'zod'
import { fieldAt, type FormDefinition } from './field'

/**
 * What a draft still lacks before it can be submitted, in Chinese and the form's order: every blank
 * or wrong 基本信息 field by its label, then each required section left empty.
 */
export function missingSections(form: FormDefinition, basic: z.ZodType, draft: unknown, required: readonly string[]): string[] {
  const d = (draft ?? {}) as Record<string, unknown>
  const missing: string[] = []
  const parsed = basic.safeParse({ [form.unitKey]: {}, ...d })
  if (!parsed.success) {
    const labels = new Set(parsed.error.issues.map((i) => fieldAt(form, i.path.filter((p) => typeof p === 'string').join('.'))?.label ?? fieldAt(form, String(i.path[0]))?.label ?? '基本信息'))
    for (const label of labels) missing.push(`基本信息：${label}`)
  }
  for (const key of required) {
    if (!Array.isArray(d[key]) || d[key].length === 0) missing.push(fieldAt(form, key)?.label ?? key)
  }
  return missing
}
