import { Button, Text, Textarea, View } from '@tarojs/components'
import { ApplyBodySchema, consentPurpose, consentSentence, type ApplyBody } from '@zhilian/shared/contracts/applications'
import { PROFILE_FIELD_LABELS, REQUIRED_TO_APPLY, type ProfileField } from '@zhilian/shared/contracts/profile'
import { useState } from 'react'
import '../styles/kit/check.css'
import '../styles/kit/field.css'
import '../styles/kit/sheet.css'

export interface ConsentSheetProps {
  orgId: string
  orgName: string
  jobTitle: string
  submitting?: boolean
  /** A message from the server (e.g. 已投递过), shown above the buttons. */
  serverError?: string
  onSubmit: (body: ApplyBody) => void
  onCancel: () => void
}

const ALL_FIELDS = Object.keys(PROFILE_FIELD_LABELS) as ProfileField[]


/**
 * PIPL art. 23: before a résumé goes to an enterprise the student sees who receives it, for what,
 * and exactly which fields, and agrees explicitly. Fields an enterprise needs to judge and reach
 * the applicant start ticked; every one can be unticked.
 */
export function ConsentSheet({ orgId, orgName, jobTitle, submitting, serverError, onSubmit, onCancel }: ConsentSheetProps) {
  const [fields, setFields] = useState<ProfileField[]>(() => ALL_FIELDS.filter((f) => REQUIRED_TO_APPLY.includes(f)))
  const [agreed, setAgreed] = useState(false)
  const [coverNote, setCoverNote] = useState('')
  const [error, setError] = useState<string>()
  const purpose = consentPurpose(jobTitle)

  const toggle = (f: ProfileField) => setFields((prev) => (prev.includes(f) ? prev.filter((x) => x !== f) : ALL_FIELDS.filter((x) => x === f || prev.includes(x))))

  const submit = () => {
    if (!agreed) return setError('请先阅读并勾选同意')
    const body = { consent: { recipientOrgId: orgId, purpose, fields }, coverNote: coverNote.trim() || undefined }
    const parsed = ApplyBodySchema.safeParse(body)
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? '请检查填写内容')
    setError(undefined)
    onSubmit(parsed.data)
  }

  return (
    <View className='sheet-mask' onClick={onCancel}>
      <View className='sheet consent-sheet' role='dialog' aria-label='投递授权' onClick={(e) => e.stopPropagation()}>
        <Text className='sheet__title'>投递授权</Text>
        <Text className='sheet__text'>
          接收方：{orgName}
          {'\n'}用途：{purpose}
        </Text>
        <Text className='sheet__text'>请勾选允许该企业查看的简历信息（未勾选的信息企业看不到，手机号未勾选时只显示部分号码）：</Text>
        {ALL_FIELDS.map((f) => {
          const on = fields.includes(f)
          return (
            <View key={f} className='check-row consent-field' role='checkbox' aria-checked={on} onClick={() => toggle(f)}>
              <Text className={`check-box${on ? ' check-box--on' : ''}`}>{on ? '✓' : ''}</Text>
              <Text>{PROFILE_FIELD_LABELS[f]}</Text>
            </View>
          )
        })}
        <Textarea
          aria-label='给企业的附言（选填，300字以内）'
          className='field__textarea'
          name='coverNote'
          placeholder='给企业的附言（选填，300字以内）'
          maxlength={300}
          value={coverNote}
          onInput={(e) => setCoverNote(e.detail.value)}
        />
        {fields.length > 0 && (
          <Text className='sheet__text muted'>{consentSentence(orgName, purpose, fields)}</Text>
        )}
        {/*
          Pinned to the sheet's foot: at 360 × 780 the ten fields and the note fill the screen, and 同意并投递 sat below
          it, found only by scrolling the sheet (decision 068). The fields and the sentence still scroll above it.
        */}
        <View className='sheet__foot'>
          <View className='check-row consent-agree' role='checkbox' aria-checked={agreed} onClick={() => { setAgreed(!agreed); setError(undefined) }}>
            <Text className={`check-box${agreed ? ' check-box--on' : ''}`}>{agreed ? '✓' : ''}</Text>
            <Text>我已阅读并同意将上述信息提供给该企业</Text>
          </View>
          {(error ?? serverError) && (
            <View role='alert'>
              <Text className='field-error'>{error ?? serverError}</Text>
            </View>
          )}
          <View className='sheet__actions'>
            <Button className='btn btn--ghost' onClick={onCancel}>
              取消
            </Button>
            <Button
              className='btn btn--primary'
              disabled={!agreed || fields.length === 0 || submitting}
              loading={submitting}
              onClick={submit}
            >
              同意并投递
            </Button>
          </View>
        </View>
      </View>
    </View>
  )
}
