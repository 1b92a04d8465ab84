import { Button, Input, Text, View } from '@tarojs/components'
import { CreateAdministratorBodySchema, type AdministratorChoices, type AdministratorCreated } from '@zhilian/shared/contracts/administrators'
import { useState } from 'react'
import { createAdministrator } from '../../api/administrators'
import { useSave } from '../../lib/use-save'
import { DEPARTMENT_LABELS, initialChoice, levelLabel, missing, previewLabel, scopeOf, sided, type ScopeChoice } from './scope-choice'
import '../../styles/kit/field.css'
import '../../components/YearChips.css'
import './CreateForm.css'

/** One row of choices as chips (88 design px tall, decision 065); the chosen one is marked for screen readers too. */
function Chips<T extends string>({ label, options, value, onPick }: { label: string; options: { value: T; text: string }[]; value: T | null; onPick: (v: T) => void }) {
  return (
    <View className='year-chips admin-create__chips' role='radiogroup' aria-label={label}>
      {options.map((o) => (
        <Text role='radio' aria-checked={value === o.value} key={o.value} className={`year-chip ${value === o.value ? 'year-chip--on' : ''}`} onClick={() => onPick(o.value)}>
          {o.text}
        </Text>
      ))}
    </View>
  )
}

/**
 * 新增管理员 (decision 072): 姓名, 账号名, and the scope, offering only what this administrator may create (the
 * platform: any; 省教育厅 / 省工信厅: a city bureau of their side). The answer's temporary password goes to
 * `onCreated`, which shows it once.
 */
export function CreateForm({ choices, onCreated }: { choices: AdministratorChoices; onCreated: (created: AdministratorCreated) => void }) {
  const [displayName, setDisplayName] = useState('')
  const [username, setUsername] = useState('')
  const [choice, setChoice] = useState<ScopeChoice>(() => initialChoice(choices))
  const { save, saving, issues, clearIssue } = useSave(CreateAdministratorBodySchema, createAdministrator, onCreated, {
    success: '已新增', check: () => missing(choice), fieldOf: (path) => (path.startsWith('scope.') ? path : path.split('.')[0]!),
  })
  const pick = (next: Partial<ScopeChoice>) => {
    setChoice((c) => ({ ...c, ...next }))
    for (const f of ['scope.department', 'scope.cityCode', 'scope.groupingId']) clearIssue(f)
  }
  const preview = previewLabel(choice, choices)
  const department = choice.department
  return (
    <View className='card admin-create'>
      <Text className='admin-create__title'>新增管理员</Text>
      <View className='field'>
        <Text className='field__label'>姓名</Text>
        <Input aria-label='姓名' className='field__input' name='displayName' value={displayName} maxlength={20} onInput={(e) => setDisplayName(e.detail.value)} />
        {issues.displayName && <Text className='field-error'>{issues.displayName}</Text>}
      </View>
      <View className='field'>
        <Text className='field__label'>账号名（4–32位小写字母、数字或下划线）</Text>
        <Input aria-label='账号名' className='field__input' name='username' value={username} maxlength={32} onInput={(e) => setUsername(e.detail.value)} />
        {issues.username && <Text className='field-error'>{issues.username}</Text>}
      </View>
      <View className='field'>
        <Text className='field__label'>范围</Text>
        {choices.departments.length > 1 && (
          <Chips label='部门' value={department} onPick={(d) => pick({ department: d })} options={choices.departments.map((d) => ({ value: d, text: DEPARTMENT_LABELS[d] }))} />
        )}
        {sided(department) && choices.provinceLevel && (
          <Chips label='层级' value={choice.level} onPick={(level) => pick({ level })} options={(['province', 'city'] as const).map((l) => ({ value: l, text: levelLabel(department, l) }))} />
        )}
        {sided(department) && choice.level === 'city' && (
          <Chips label='城市' value={choice.cityCode} onPick={(cityCode) => pick({ cityCode })} options={choices.cities.map((c) => ({ value: c.adcode, text: c.name }))} />
        )}
        {department === 'grouping' && (choices.groupings.length
          ? <Chips label='联合体或园区' value={choice.groupingId} onPick={(groupingId) => pick({ groupingId })} options={choices.groupings.map((g) => ({ value: g.id, text: g.name }))} />
          : <Text className='muted admin-create__hint'>还没有联合体或园区</Text>)}
        {(issues['scope.department'] ?? issues['scope.cityCode'] ?? issues['scope.groupingId']) && (
          <Text className='field-error'>{issues['scope.department'] ?? issues['scope.cityCode'] ?? issues['scope.groupingId']}</Text>
        )}
        {preview && <Text className='muted admin-create__hint'>将开设：{preview}</Text>}
      </View>
      <Text className='muted admin-create__hint'>新增后显示一次性临时密码，对方首次登录时须设置新密码。</Text>
      <Button className='btn btn--primary btn--block' loading={saving} disabled={saving} onClick={() => void save({ displayName, username, scope: scopeOf(choice) })}>
        新增
      </Button>
    </View>
  )
}
