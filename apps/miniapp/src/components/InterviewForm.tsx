import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { InterviewBodySchema, type InterviewBody } from '@zhilian/shared/contracts/applications'
import { useState } from 'react'
import { beijingDate, beijingDay, beijingIso, clock } from '../lib/beijing-time'
import '../styles/kit/field.css'
import '../styles/kit/sheet.css'

export interface InterviewFormProps {
  who: string
  submitting?: boolean
  /** Field messages from the server, keyed by path (at, place, note). */
  serverIssues?: Record<string, string>
  onSubmit: (body: InterviewBody) => void
  onCancel: () => void
  /** An interview being moved (改期, decision 112): its fields fill the form and the sheet says so. */
  moving?: { at: string; place: string; note: string | null }
}

export function InterviewForm({ who, submitting, serverIssues = {}, onSubmit, onCancel, moving }: InterviewFormProps) {
  const [date, setDate] = useState(() => (moving ? beijingDate(moving.at) : beijingDay(1)))
  const [time, setTime] = useState(() => (moving ? clock(moving.at) : '10:00'))
  const [place, setPlace] = useState(moving?.place ?? '')
  const [note, setNote] = useState(moving?.note ?? '')
  const [issues, setIssues] = useState<Record<string, string>>({})

  const submit = () => {
    const parsed = InterviewBodySchema.safeParse({ at: beijingIso(date, time), place, note: note.trim() || undefined })
    if (!parsed.success) {
      setIssues(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])))
      return
    }
    if (Date.parse(parsed.data.at) <= Date.now()) return setIssues({ at: '面试时间应晚于当前时间' })
    setIssues({})
    onSubmit(parsed.data)
  }
  const issue = (key: string) => issues[key] ?? serverIssues[key]

  return (
    <View className='sheet-mask' onClick={onCancel}>
      <View className='sheet interview-form' role='dialog' aria-label={moving ? '面试改期' : '面试邀请'} onClick={(e) => e.stopPropagation()}>
        <Text className='sheet__title'>{moving ? `${who}的面试改期` : `邀请${who}面试`}</Text>
        <View className='field'>
          <Text className='field__label'>面试日期</Text>
          <Picker mode='date' value={date} start={beijingDay(0)} onChange={(e) => setDate(String(e.detail.value))}>
            <View className='field__input interview-date'>{date}</View>
          </Picker>
        </View>
        <View className='field'>
          <Text className='field__label'>面试时间</Text>
          <Picker mode='time' value={time} onChange={(e) => setTime(String(e.detail.value))}>
            <View className='field__input interview-time'>{time}</View>
          </Picker>
          {issue('at') && <Text className='field-error'>{issue('at')}</Text>}
        </View>
        <View className='field'>
          <Text className='field__label'>面试地点</Text>
          <Input aria-label='面试地点' className='field__input' name='place' placeholder='如：淄博市张店区XX路XX号 3楼会议室' value={place} onInput={(e) => setPlace(e.detail.value)} />
          {issue('place') && <Text className='field-error'>{issue('place')}</Text>}
        </View>
        <View className='field'>
          <Text className='field__label'>备注（选填）</Text>
          <Textarea aria-label='备注（选填）' className='field__textarea' name='note' value={note} maxlength={300} onInput={(e) => setNote(e.detail.value)} />
          {issue('note') && <Text className='field-error'>{issue('note')}</Text>}
        </View>
        <Button className='btn btn--primary btn--block' loading={submitting} disabled={submitting} onClick={submit}>
          {moving ? '确认改期并通知学生' : '发送面试邀请'}
        </Button>
        <Button className='btn btn--ghost btn--block' onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  )
}
