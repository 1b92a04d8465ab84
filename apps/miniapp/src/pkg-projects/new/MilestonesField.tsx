import { Button, Input, Picker, Text, View } from '@tarojs/components'
import { beijingDay } from '../../lib/beijing-time'
import '../../styles/kit/field.css'
import '../projects.css'

export interface MilestoneDraft { title: string; dueDate: string }

/** The milestones agreed at the start; each party's members are reminded before each falls due (decision 034). */
export function MilestonesField({ value, onChange, issues }: { value: MilestoneDraft[]; onChange: (v: MilestoneDraft[]) => void; issues: Record<string, string> }) {
  const set = (i: number, patch: Partial<MilestoneDraft>) => onChange(value.map((m, j) => (j === i ? { ...m, ...patch } : m)))
  return (
    <View className='field'>
      <Text className='field__label'>里程碑（到期前提醒双方）</Text>
      {value.map((m, i) => (
        <View key={i} className='milestone-row'>
          <Input aria-label={`里程碑${i + 1}名称`} className='field__input' name={`milestones.${i}.title`} maxlength={60} placeholder='例如：完成首批学生遴选' value={m.title} onInput={(e) => set(i, { title: e.detail.value })} />
          <Picker mode='date' value={m.dueDate} start={beijingDay(0)} onChange={(e) => set(i, { dueDate: String(e.detail.value) })}>
            <View className='field__input'>{m.dueDate}到期</View>
          </Picker>
          <Text role='button' className='project-link' onClick={() => onChange(value.filter((_, j) => j !== i))}>删除</Text>
          {issues[`milestones.${i}.title`] && <Text className='field-error'>{issues[`milestones.${i}.title`]}</Text>}
          {issues[`milestones.${i}.dueDate`] && <Text className='field-error'>{issues[`milestones.${i}.dueDate`]}</Text>}
        </View>
      ))}
      {issues.milestones && <Text className='field-error'>{issues.milestones}</Text>}
      <Button className='btn btn--ghost btn--small' onClick={() => onChange([...value, { title: '', dueDate: beijingDay(30) }])}>添加里程碑</Button>
    </View>
  )
}
