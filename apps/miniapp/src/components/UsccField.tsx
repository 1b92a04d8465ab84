import { Input, Text, View } from '@tarojs/components'
import { checkUscc } from '@zhilian/shared'
import './list-form/ListForm.css'

/** What the checker says while the user types: length first, then characters, then the check character. */
function usccHint(value: string, enterprise = false): { ok: boolean; message: string } | null {
  if (!value.trim()) return null
  const check = checkUscc(value, { enterprise })
  return check.ok ? { ok: true, message: '统一社会信用代码校验通过' } : { ok: false, message: check.message }
}

export function UsccField(props: { label?: string; name: string; value: string; enterprise?: boolean; error?: string; onChange: (value: string) => void }) {
  const hint = usccHint(props.value, props.enterprise)
  const message = props.error ?? hint?.message
  return (
    <View className='lf-field'>
      <Text className='lf-field__label'>{props.label ?? '统一社会信用代码'}</Text>
      <Input aria-label={props.label ?? '统一社会信用代码'} className='lf-field__input' name={props.name} maxlength={18} placeholder='18位，如 91370100MA3C…' value={props.value} onInput={(e) => props.onChange(e.detail.value)} />
      {message && <Text className={props.error || !hint?.ok ? 'lf-field__error' : 'lf-field__ok'}>{message}</Text>}
    </View>
  )
}
