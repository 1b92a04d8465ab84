import { Text, View } from '@tarojs/components'
import type { FieldSpec } from './fields'
import { useMajorNames } from './MajorName'
import { getAt, type Draft } from './paths'
import './ListForm.css'

const NONE = '未填写'

/** A value as one line of text: chosen labels by name, a list joined with 、, nothing as 未填写. */
function shown(spec: FieldSpec, value: unknown, major: (code: string) => string): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return NONE
  switch (spec.kind) {
    case 'bool':
      return value ? '是' : '否'
    case 'choice':
      return spec.vocab.labels[String(value)] ?? String(value)
    case 'multi':
      return (value as string[]).map((k) => spec.vocab.labels[k] ?? k).join('、')
    case 'chains':
      return (value as string[]).map((k) => spec.chains.labels[k] ?? k).join('、')
    case 'major':
      return major(String(value))
    case 'majors':
      return (value as string[]).map(major).join('、')
    default:
      return Array.isArray(value) ? value.join('、') : String(value)
  }
}

/**
 * A list field for a member whose role may only read the list (decision 091): the same labels as FieldInput, the
 * values as text, nothing to type into, tap or add, so nobody fills a form only to be refused at 保存.
 */
export function FieldView({ spec, path, draft }: { spec: FieldSpec; path: string; draft: Draft }) {
  const value = getAt(draft, path)
  const codes = spec.kind === 'major' && typeof value === 'string' ? [value] : spec.kind === 'majors' && Array.isArray(value) ? (value as string[]) : []
  const major = useMajorNames(codes)
  if (spec.kind === 'rows') {
    const rows = Array.isArray(value) ? value : []
    return (
      <View className='lf-rows'>
        <Text className='lf-rows__title'>{spec.label}</Text>
        {rows.length === 0 && <Text className='muted'>{NONE}</Text>}
        {rows.map((_, i) => (
          // List rows have no identity: each is read by its path.
          <View key={i} className='lf-row'>
            <Text className='lf-row__title'>
              {spec.item} {i + 1}
            </Text>
            {spec.fields.map((f) => (
              <FieldView key={f.key} spec={f} path={`${path}.${i}.${f.key}`} draft={draft} />
            ))}
          </View>
        ))}
      </View>
    )
  }
  return (
    <View className='lf-field'>
      <Text className='lf-field__label'>{spec.label}</Text>
      <Text className='lf-field__value'>{shown(spec, value, major)}</Text>
    </View>
  )
}
