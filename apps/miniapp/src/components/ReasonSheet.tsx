import { Button, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import '../styles/kit/field.css'
import '../styles/kit/sheet.css'

export interface ReasonSheetProps {
  title: string
  required: boolean
  /** What the box asks for; by default the reason for a skipped stage or a rejection. */
  placeholder?: string
  onSubmit: (reason: string | undefined) => void
  onCancel: () => void
}

/** Asks why before a move that skips a stage (required) or turns an applicant down (optional, shown to them). */
export function ReasonSheet({ title, required, placeholder, onSubmit, onCancel }: ReasonSheetProps) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string>()
  const asks = placeholder ?? (required ? '跳过中间环节需说明原因' : '原因（选填）')
  const submit = () => {
    const text = reason.trim()
    if (required && !text) return setError('请填写原因')
    if (text.length > 200) return setError('原因不能超过200字')
    onSubmit(text || undefined)
  }
  return (
    <View className='sheet-mask' onClick={onCancel}>
      <View className='sheet' role='dialog' aria-label={title} onClick={(e) => e.stopPropagation()}>
        <Text className='sheet__title'>{title}</Text>
        <Textarea aria-label={asks} className='field__textarea' name='reason' placeholder={asks} value={reason} maxlength={200} onInput={(e) => setReason(e.detail.value)} />
        {error && <Text className='field-error'>{error}</Text>}
        <Button className='btn btn--primary btn--block' onClick={submit}>确定</Button>
        <Button className='btn btn--ghost btn--block' onClick={onCancel}>取消</Button>
      </View>
    </View>
  )
}
