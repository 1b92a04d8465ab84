import { Input, Text, Textarea, View } from '@tarojs/components'
import { UsccField } from '../../components/UsccField'
import '../../components/list-form/ListForm.css'
import '../../styles/kit/item-card.css'
import './index.css'

/** A label as a reader needs it: （选填） and （可多选） are instructions for filling in. */
const shownLabel = (label: string, readOnly: boolean) => (readOnly ? label.replace(/（(选填|可多选)）$/, '') : label)

/** One field of 单位资料: an input for who may edit, the value as text for who may only read (decision 091). */
export function TextField(props: { name: string; label: string; value: string; error?: string; long?: boolean; readOnly: boolean; onChange: (v: string) => void }) {
  const { name, label, value, error, long, readOnly, onChange } = props
  return (
    <View className='lf-field'>
      <Text className='lf-field__label'>{shownLabel(label, readOnly)}</Text>
      {readOnly ? (
        <Text className='lf-field__value'>{value || '未填写'}</Text>
      ) : long ? (
        <Textarea aria-label={label} className='lf-field__textarea' name={name} maxlength={1000} value={value} onInput={(e) => onChange(e.detail.value)} />
      ) : (
        <Input aria-label={label} className='lf-field__input' name={name} value={value} onInput={(e) => onChange(e.detail.value)} />
      )}
      {error && <Text className='lf-field__error'>{error}</Text>}
    </View>
  )
}

export function UsccOrText(props: { value: string; enterprise: boolean; error?: string; readOnly: boolean; onChange: (v: string) => void }) {
  return props.readOnly ? (
    <TextField name='uscc' label='统一社会信用代码' value={props.value} readOnly onChange={props.onChange} />
  ) : (
    <UsccField name='uscc' value={props.value} enterprise={props.enterprise} error={props.error} onChange={props.onChange} />
  )
}

/** Chips to pick one (`multiple` false) or several; read-only, the picked names as text. */
export function ChipsField(props: { label: string; options: [string, string][]; picked: string[]; multiple?: boolean; error?: string; readOnly: boolean; onChange: (v: string[]) => void }) {
  const { label, options, picked, multiple, error, readOnly, onChange } = props
  const chosen = picked.filter(Boolean)
  const nameOf = Object.fromEntries(options)
  // Until the names load (cities, chains), say so rather than 未填写; a choice no longer offered shows as stored.
  const read = options.length === 0 && chosen.length > 0 ? '加载中…' : chosen.map((id) => nameOf[id] ?? id).join('、') || '未填写'
  const tap = (id: string) => onChange(!multiple ? [id] : picked.includes(id) ? picked.filter((x) => x !== id) : [...picked, id])
  return (
    <View className='lf-field'>
      <Text className='lf-field__label'>{shownLabel(label, readOnly)}</Text>
      {readOnly ? (
        <Text className='lf-field__value'>{read}</Text>
      ) : (
        <View className='lf-chips'>
          {options.map(([id, name]) => (
            <Text role='button' key={id} className={`lf-chip ${picked.includes(id) ? 'lf-chip--on' : ''}`} onClick={() => tap(id)}>
              {name}
            </Text>
          ))}
        </View>
      )}
      {error && <Text className='lf-field__error'>{error}</Text>}
    </View>
  )
}

/**
 * Which of the unit's saved 企业称号 an administrator verified and which are its own claim (decision 096): students see
 * the same words on a job's page, and only the verified ones on job cards.
 */
export function LabelStanding({ labels, names }: { labels: { id: string; verified: boolean }[]; names: Readonly<Record<string, string>> }) {
  if (labels.length === 0) return null
  return (
    <View className='lf-field org-details__labels'>
      <Text className='lf-field__label'>称号核验情况</Text>
      <View className='org-details__label-list'>
        {labels.map((l) => (
          <Text key={l.id} className={`org-label${l.verified ? ' org-label--verified' : ''}`}>
            {names[l.id] ?? l.id}
            {l.verified ? '·已核验' : '·未核验'}
          </Text>
        ))}
      </View>
      <Text className='muted org-details__labels-note'>已核验的称号经平台管理员核对；未核验的为本单位自行填报，学生在岗位列表中看不到</Text>
    </View>
  )
}
