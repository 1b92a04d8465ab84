import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Education } from '@zhilian/shared/contracts/enums'
import { PROFILE_FIELD_LABELS, type ProfileField } from '@zhilian/shared/contracts/profile'
import { useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { recordVisit, type VisitResult } from '../../api/enterprise-events'
import { CodeScanner } from '../../components/CodeScanner'
import { clock } from '../../lib/beijing-time'
import '../../styles/kit/field.css'
import '../../styles/kit/item-card.css'

type Value = NonNullable<VisitResult['resume']>[string]

function show(field: ProfileField, value: Value): string {
  if (value === null) return '—'
  if (Array.isArray(value)) return value.join('、') || '—'
  if (field === 'education') return Education.labels[value as keyof typeof Education.labels] ?? String(value)
  if (field === 'grade') return `${value}年级`
  return String(value)
}

/** Only what the student consented to share with this enterprise (by applying to its jobs), field by field. */
function Visitor({ v }: { v: VisitResult }) {
  const resume = v.resume
  return (
    <View className='card visit-result' role='status'>
      <Text className='job-card__title'>{v.student.displayName}</Text>
      <Text className='muted' style={{ display: 'block' }}>已记录到访 · {clock(v.visitedAt)}</Text>
      {resume ? (
        <View>
          {v.phone && <Text style={{ display: 'block' }}>{PROFILE_FIELD_LABELS.phone}：{v.phone}</Text>}
          {(Object.keys(PROFILE_FIELD_LABELS) as ProfileField[]).filter((f) => f in resume).map((f) => (
            <Text key={f} style={{ display: 'block' }}>{PROFILE_FIELD_LABELS[f]}：{show(f, resume[f] ?? null)}</Text>
          ))}
        </View>
      ) : (
        <Text className='job-card__why'>该同学尚未授权向本单位提供简历和联系方式；同学投递本单位岗位并同意后可查看。</Text>
      )}
    </View>
  )
}

/** At the booth: scan a student's check-in code to record the visit and, with consent, see the résumé. */
export default function EnterpriseFairScanPage() {
  const { id = '', orgId } = useRouter().params
  const [visit, setVisit] = useState<VisitResult>()
  const [error, setError] = useState<string>()
  const onCode = async (code: string) => {
    try {
      setVisit(await recordVisit(id, code, orgId))
      setError(undefined)
    } catch (e) {
      setVisit(undefined)
      setError(errorMessage(e))
    }
  }
  return (
    <View>
      {visit && <Visitor v={visit} />}
      {error && (
        <View className='card' role='alert'>
          <Text className='field-error'>{error}</Text>
        </View>
      )}
      <View className='card'>
        <CodeScanner what='学生签到码' onCode={onCode} />
      </View>
    </View>
  )
}
