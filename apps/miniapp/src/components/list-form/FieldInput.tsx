import Taro from '@tarojs/taro'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { UsccField } from '../UsccField'
import { newRow, type FieldSpec } from './fields'
import { ChainsField } from './ChainsField'
import { MajorName, useMajorNames } from './MajorName'
import { MajorPicker } from './MajorPicker'
import { getAt, toNumber, type Draft } from './paths'
import './ListForm.css'

export interface FieldProps {
  spec: FieldSpec
  /** Dotted path of this field in the draft. */
  path: string
  draft: Draft
  issues: Record<string, string>
  onChange: (path: string, value: unknown) => void
}

const text = (v: unknown) => (v === undefined || v === null ? '' : String(v))

/** Errors of a field: its own, or any nested under it when it is a list. */
function Issue({ issues, path }: { issues: Record<string, string>; path: string }) {
  const message = issues[path]
  return message ? <Text className='lf-field__error'>{message}</Text> : null
}

export function FieldInput({ spec, path, draft, issues, onChange }: FieldProps) {
  const value = getAt(draft, path)
  if (spec.kind === 'uscc') {
    return <UsccField name={path} value={text(value)} enterprise={spec.enterprise} error={issues[path]} onChange={(v) => onChange(path, v || undefined)} />
  }
  if (spec.kind === 'rows') return <RowsField spec={spec} path={path} draft={draft} issues={issues} onChange={onChange} />
  return (
    <View className='lf-field'>
      <Text className='lf-field__label'>{spec.label}</Text>
      {spec.kind === 'chains' ? (
        <ChainsField spec={spec} path={path} draft={draft} onChange={onChange} />
      ) : (
        <Control spec={spec} path={path} value={value} onChange={onChange} />
      )}
      <Issue issues={issues} path={path} />
    </View>
  )
}

function Control({ spec, path, value, onChange }: { spec: FieldSpec; path: string; value: unknown; onChange: FieldProps['onChange'] }) {
  switch (spec.kind) {
    case 'text':
      return spec.long ? (
        <Textarea aria-label={spec.label} className='lf-field__textarea' name={path} placeholder={spec.placeholder ?? '请输入'} value={text(value)} onInput={(e) => onChange(path, e.detail.value || undefined)} />
      ) : (
        <Input aria-label={spec.label} className='lf-field__input' name={path} placeholder={spec.placeholder ?? '请输入'} value={text(value)} onInput={(e) => onChange(path, e.detail.value || undefined)} />
      )
    case 'number':
      return <Input aria-label={spec.label} className='lf-field__input' name={path} type='digit' placeholder={spec.placeholder ?? '请输入数字'} value={text(value)} onInput={(e) => onChange(path, toNumber(e.detail.value))} />
    case 'bool':
      return (
        <View className='lf-chips'>
          {[true, false].map((b) => (
            <Text role='button' key={String(b)} className={`lf-chip ${value === b ? 'lf-chip--on' : ''}`} onClick={() => onChange(path, b)}>
              {b ? '是' : '否'}
            </Text>
          ))}
        </View>
      )
    case 'choice':
      return (
        <View className='lf-chips'>
          {Object.entries(spec.vocab.labels).map(([k, label]) => (
            <Text role='button' key={k} className={`lf-chip ${value === k ? 'lf-chip--on' : ''}`} onClick={() => onChange(path, k)}>
              {label}
            </Text>
          ))}
        </View>
      )
    case 'multi': {
      const picked = Array.isArray(value) ? (value as string[]) : []
      return (
        <View className='lf-chips'>
          {Object.entries(spec.vocab.labels).map(([k, label]) => (
            <Text
              role='button'
              key={k}
              className={`lf-chip ${picked.includes(k) ? 'lf-chip--on' : ''}`}
              onClick={() => onChange(path, picked.includes(k) ? picked.filter((p) => p !== k) : [...picked, k])}
            >
              {label}
            </Text>
          ))}
        </View>
      )
    }
    case 'tags':
      return (
        <Input
          aria-label={spec.label}
          className='lf-field__input'
          name={path}
          placeholder={spec.placeholder ?? '多个请用顿号或逗号分隔'}
          value={Array.isArray(value) ? value.join('、') : ''}
          onInput={(e) => onChange(path, e.detail.value.split(/[、,，]/).map((s) => s.trim()).filter(Boolean))}
        />
      )
    case 'major':
      return (
        <View>
          {typeof value === 'string' && <MajorName code={value} />}
          <MajorPicker name={path} onPick={(m) => onChange(path, m.code)} />
        </View>
      )
    case 'majors':
      return <MajorChips path={path} codes={Array.isArray(value) ? (value as string[]) : []} onChange={onChange} />
    default:
      return null
  }
}

/** Picked majors as 代码 名称 chips; a tap takes one off. */
function MajorChips({ path, codes, onChange }: { path: string; codes: string[]; onChange: FieldProps['onChange'] }) {
  const text = useMajorNames(codes)
  return (
    <View>
      <View className='lf-chips'>
        {codes.map((c) => (
          <Text role='button' key={c} className='lf-chip lf-chip--on' onClick={() => onChange(path, codes.filter((x) => x !== c))}>
            {text(c)} ✕
          </Text>
        ))}
      </View>
      <MajorPicker name={path} onPick={(m) => onChange(path, codes.includes(m.code) ? codes : [...codes, m.code])} />
    </View>
  )
}

function RowsField({ spec, path, draft, issues, onChange }: FieldProps & { spec: Extract<FieldSpec, { kind: 'rows' }> }) {
  const rows = Array.isArray(getAt(draft, path)) ? (getAt(draft, path) as unknown[]) : []
  return (
    <View className='lf-rows'>
      <Text className='lf-rows__title'>{spec.label}</Text>
      <Issue issues={issues} path={path} />
      {rows.map((_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: list rows have no identity; every input is controlled by its row's path
        <View key={i} className='lf-row'>
          <View className='lf-row__head'>
            <Text className='lf-row__title'>
              {spec.item} {i + 1}
            </Text>
            <Text
              role='button'
              className='tap-line lf-row__remove'
              onClick={async () => {
                const { confirm } = await Taro.showModal({ title: '确认删除', content: `删除${spec.item} ${i + 1}？已填写的内容将一并删除`, confirmText: '删除', cancelText: '取消' })
                if (confirm) onChange(path, rows.filter((__, j) => j !== i))
              }}
            >
              删除
            </Text>
          </View>
          {spec.fields.map((f) => (
            <FieldInput key={f.key} spec={f} path={`${path}.${i}.${f.key}`} draft={draft} issues={issues} onChange={onChange} />
          ))}
        </View>
      ))}
      <Button className='btn btn--ghost btn--small' onClick={() => onChange(path, [...rows, newRow(spec.fields)])}>
        添加{spec.item}
      </Button>
    </View>
  )
}
