import type { StepSpec } from './fields'

/**
 * Where an issue that no field shows belongs, in words a person reads: the step holding fields under the same first
 * key (`org` for a problem with the whole 基本信息 group), else the list as a whole. 提交前检查 printed the server's
 * dotted path (`org：…`), which is the form's address, not the person's (decisions 057, 061).
 */
export function issuePlace(steps: readonly StepSpec[], path: string): { label: string; step?: number } {
  const head = path.split('.')[0]
  const step = head ? steps.findIndex((s) => s.fields.some((f) => f.key.split('.')[0] === head)) : -1
  return step >= 0 ? { label: `第${step + 1}步「${steps[step]!.title}」`, step } : { label: '整份清单' }
}
