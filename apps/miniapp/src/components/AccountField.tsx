import { Input, Text, View } from '@tarojs/components'
import '../styles/kit/field.css'
import './AccountField.css'

/** One labelled input of the account forms (忘记密码, 账号安全), its problem under it. */
export function AccountField({ label, name, value, onInput, error, hint, password, placeholder }: {
  label: string; name: string; value: string; onInput: (value: string) => void; error?: string; hint?: string; password?: boolean; placeholder?: string
}) {
  return (
    <View className='field'>
      <Text className='field__label'>{label}</Text>
      <Input aria-label={label} className='field__input' name={name} password={password} placeholder={placeholder ?? `请输入${label}`} value={value}
        onInput={(e) => onInput(e.detail.value)} />
      {hint && <Text className='account-field__hint'>{hint}</Text>}
      {error && <Text className='field-error'>{error}</Text>}
    </View>
  )
}
