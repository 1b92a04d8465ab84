import Taro from '@tarojs/taro'
import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { ValidateChallengeBodySchema } from '@zhilian/shared/contracts/projects'
import { CHALLENGE_OUTCOME_LABELS, type ChallengeOutcome } from '@zhilian/shared/rules/projects'
import { useState } from 'react'
import { validateChallenge } from '../../api/challenges'
import { useSave } from '../../lib/use-save'
import '../../styles/kit/page.css'
import '../../styles/kit/field.css'
import './index.css'

interface Props {
  challengeId: string
  outcome: ChallengeOutcome
  inProduction: boolean | null
  effect: string | null
  onDone: () => void
}

/**
 * 市场验题 (decision 034): after accepting a college, the enterprise says whether the solution went into production
 * and what it changed. Only then does the challenge count as solved; the record cannot be changed afterwards.
 */
export function ValidationCard({ challengeId, outcome, inProduction, effect, onDone }: Props) {
  const [adopted, setAdopted] = useState<boolean>()
  const [text, setText] = useState('')
  const [value, setValue] = useState('')
  const [unit, setUnit] = useState('')
  const { save, saving, issues } = useSave(ValidateChallengeBodySchema, (b) => validateChallenge(challengeId, b), onDone, '已验题')

  if (outcome === 'solved' || outcome === 'not_adopted') {
    return (
      <View className='card taker-card'>
        <Text className='detail-section'>市场验题：{CHALLENGE_OUTCOME_LABELS[outcome]}</Text>
        <Text className='taker-card__proposal'>{inProduction ? '已投产' : '未投产'} · {effect}</Text>
      </View>
    )
  }
  if (outcome !== 'awaiting_validation') return null

  const submit = async () => {
    if (adopted === undefined) return void Taro.showToast({ title: '请选择方案是否已投产', icon: 'none' })
    const { confirm } = await Taro.showModal({ title: '确认验题', content: '验题结果提交后不能修改，确定提交吗？', confirmText: '提交', cancelText: '取消' })
    if (!confirm) return
    const number = value.trim() === '' ? undefined : Number(value)
    await save({ inProduction: adopted, effect: text, ...(number !== undefined ? { effectValue: number } : {}), ...(unit.trim() ? { effectUnit: unit } : {}) })
  }

  return (
    <View className='card taker-card'>
      <Text className='detail-section'>市场验题</Text>
      <Text className='muted'>采纳的方案经生产检验后，填写是否投产及可衡量的成效；验题后难题才计为“已解决”。</Text>
      <View className='row-actions'>
        {[true, false].map((v) => (
          <Button key={String(v)} className={`btn btn--small ${adopted === v ? 'btn--primary' : 'btn--ghost'}`} onClick={() => setAdopted(v)}>
            {v ? '已投产' : '未投产'}
          </Button>
        ))}
      </View>
      <View className='field'>
        <Text className='field__label'>可衡量的成效</Text>
        <Textarea aria-label='如：焊缝漏检率由3%降至0.6%' className='field__textarea' name='effect' maxlength={500} placeholder='如：焊缝漏检率由3%降至0.6%' value={text} onInput={(e) => setText(e.detail.value)} />
        {issues.effect && <Text className='field-error'>{issues.effect}</Text>}
      </View>
      <View className='field'>
        <Text className='field__label'>成效数值与单位（选填）</Text>
        <View className='row-actions'>
          <Input aria-label='2.4' className='field__input' name='effectValue' type='digit' placeholder='2.4' value={value} onInput={(e) => setValue(e.detail.value)} />
          <Input aria-label='个百分点' className='field__input' name='effectUnit' placeholder='个百分点' value={unit} onInput={(e) => setUnit(e.detail.value)} />
        </View>
        {(issues.effectValue || issues.effectUnit) && <Text className='field-error'>{issues.effectValue ?? issues.effectUnit}</Text>}
      </View>
      <Button className='btn btn--primary btn--block' loading={saving} disabled={saving} onClick={() => void submit()}>提交验题结果</Button>
    </View>
  )
}
