import { z } from 'zod'

type Issue = Parameters<z.core.$ZodErrorMap>[0]

const SIZE_UNITS: Record<string, string> = { string: '个字符', array: '项', set: '项', file: '字节' }

/**
 * Chinese default messages for zod issues. Messages a schema sets itself (e.g. a refine's) win over
 * these, because zod consults the schema before the global map.
 */
const zhErrorMap: z.core.$ZodErrorMap = (issue: Issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? '必填' : `类型不正确，应为${typeName(issue.expected)}`
    case 'too_small': {
      const unit = SIZE_UNITS[issue.origin]
      if (unit) return Number(issue.minimum) <= 1 && issue.origin === 'string' ? '必填' : `长度不能少于${issue.minimum}${unit}`
      return `不能小于${issue.minimum}`
    }
    case 'too_big': {
      const unit = SIZE_UNITS[issue.origin]
      return unit ? `长度不能超过${issue.maximum}${unit}` : `不能大于${issue.maximum}`
    }
    case 'invalid_format':
      return '格式不正确'
    case 'invalid_value':
      return '取值不在可选范围内'
    case 'not_multiple_of':
      return `必须是${issue.divisor}的整数倍`
    case 'unrecognized_keys':
      return `包含无法识别的字段：${issue.keys.join('、')}`
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return '格式不正确'
    default:
      return '内容不正确'
  }
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: '文本', number: '数字', int: '整数', boolean: '是/否', array: '列表', object: '对象', date: '日期',
  }
  return names[expected] ?? expected
}

let installed = false
/** Zod's configuration is process-wide; the BFF speaks Chinese to its users, so install once. */
export function installChineseErrors(): void {
  if (installed) return
  z.config({ customError: zhErrorMap })
  installed = true
}
