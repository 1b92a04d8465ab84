import { Text, View } from '@tarojs/components'
import { SIGNUP_PRIVACY_POINTS, SIGNUP_PRIVACY_TITLE } from '@zhilian/shared/contracts/signup'
import { useState } from 'react'
import '../../styles/kit/check.css'
import '../../styles/kit/field.css'
import './index.css'

/** The notice in full behind one tap, and the box the account cannot be created without (PIPL art. 14). */
export function PrivacyConsent({ agreed, onToggle, error }: { agreed: boolean; onToggle: () => void; error?: string }) {
  const [open, setOpen] = useState(false)
  return (
    <View className='signup__privacy'>
      <View className='check-row' role='checkbox' aria-checked={agreed} onClick={onToggle}>
        <Text className={`check-box${agreed ? ' check-box--on' : ''}`}>{agreed ? '✓' : ''}</Text>
        <Text>我已阅读并同意</Text>
        <Text className='tap-line signup__link' role='button' aria-expanded={open} onClick={(e) => { e.stopPropagation(); setOpen(!open) }}>《{SIGNUP_PRIVACY_TITLE}》</Text>
      </View>
      {open && (
        <View className='signup__notice' aria-label={SIGNUP_PRIVACY_TITLE}>
          {SIGNUP_PRIVACY_POINTS.map((point) => <Text key={point} className='signup__notice-point'>{point}</Text>)}
        </View>
      )}
      {error && <Text className='field-error'>{error}</Text>}
    </View>
  )
}
