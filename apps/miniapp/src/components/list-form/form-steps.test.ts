import { supplyForm } from '@zhilian/shared/forms/supply-form'
import { describe, expect, it } from 'vitest'
import type { FieldSpec } from './fields'
import { stepsOf } from './form-steps'

/** Every field's label by its dotted key, rows' own fields under the row's key. */
function labels(fields: FieldSpec[], prefix = ''): Record<string, string> {
  return Object.fromEntries(fields.flatMap((f) => [[`${prefix}${f.key}`, f.label], ...(f.kind === 'rows' ? Object.entries(labels(f.fields, `${prefix}${f.key}.`)) : [])]))
}

describe('the phone steps read off a form definition', () => {
  const all = Object.assign({}, ...stepsOf(supplyForm).map((s) => labels(s.fields))) as Record<string, string>

  // Decision 113: open equipment must have both, and the label said 选填.
  it('says when an optional field becomes required, where another answer makes it so', () => {
    expect(all['equipment.openHours']).toBe('开放时间（开放共享时必填）')
    expect(all['equipment.fee']).toBe('有偿/无偿（开放共享时必填）')
  })

  it('keeps 选填 on a field nothing makes required, and no mark on a required one', () => {
    expect(all['equipment.model']).toBe('型号规格（选填）')
    expect(all['equipment.name']).toBe('设备名称')
  })
})
