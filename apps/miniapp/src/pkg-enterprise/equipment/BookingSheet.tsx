import { Button, Picker, Text, Textarea, View } from '@tarojs/components'
import { BookingBodySchema, type OpenEquipment } from '@zhilian/shared/contracts/equipment'
import { useState } from 'react'
import { ApiError, errorMessage } from '../../api/api-error'
import { bookEquipment } from '../../api/equipment'
import { fetchMe } from '../../api/me'
import { OptionChips } from '../../components/OptionChips'
import { unitOptions, unitsThatMay } from '../../lib/acting-units'
import { useRemote } from '../../lib/use-remote'
import { beijingDay, beijingIso } from '../../lib/beijing-time'
import { useSave } from '../../lib/use-save'
import '../../styles/kit/field.css'
import '../../styles/kit/sheet.css'
import './index.css'

type Field = 'start' | 'end' | 'purpose' | 'orgId' | 'form'
const fieldOf = (path: string): Field => {
  const last = path.split('.').pop()
  return last === 'start' || last === 'end' || last === 'purpose' || last === 'orgId' ? last : 'form'
}

/**
 * Picks a slot and a purpose; the college decides later. An overlap comes back from the BFF as 409 and is shown here.
 * A member of two or more units that may book names the unit under 预约单位 (decision 095); with one, the BFF knows it.
 */
export function BookingSheet({ equipment: e, onBooked, onCancel }: { equipment: OpenEquipment; onBooked: () => void; onCancel: () => void }) {
  const [slot, setSlot] = useState({ startDay: beijingDay(1), startTime: '09:00', endDay: beijingDay(1), endTime: '12:00' })
  const [purpose, setPurpose] = useState('')
  const me = useRemote(fetchMe)
  const units = unitsThatMay(me.data?.memberships, 'cooperation', 'equipment')
  const [orgId, setOrgId] = useState<string>()
  const { save, saving: busy, issues } = useSave(BookingBodySchema, (body) => bookEquipment(e.id, body), onBooked, {
    success: () => ({ title: '已提交预约，等待院校确认', icon: 'none' }),
    fieldOf,
    issuesOfError: (err): Record<string, string> | undefined => {
      // 409: the slot is taken (the database refuses overlaps); say so beside the time, where it can be changed.
      if (err instanceof ApiError && err.code === 'CONFLICT') return { start: err.message }
      if (!(err instanceof ApiError && err.issues.length)) return { form: errorMessage(err) }
      return undefined
    },
  })
  const set = (key: keyof typeof slot) => (ev: { detail: { value: string | number } }) => setSlot((s) => ({ ...s, [key]: String(ev.detail.value) }))

  const submit = () => save({ start: beijingIso(slot.startDay, slot.startTime), end: beijingIso(slot.endDay, slot.endTime), purpose, ...(orgId && units.length > 1 ? { orgId } : {}) })

  const picker = (label: string, day: keyof typeof slot, time: keyof typeof slot) => (
    <View className='equipment-slot'>
      <Text className='field__label'>{label}</Text>
      <Picker mode='date' value={slot[day]} start={beijingDay(0)} onChange={set(day)}>
        <View className='field__input equipment-slot__value'>{slot[day]}</View>
      </Picker>
      <Picker mode='time' value={slot[time]} onChange={set(time)}>
        <View className='field__input equipment-slot__value'>{slot[time]}</View>
      </Picker>
    </View>
  )

  return (
    <View className='sheet-mask' onClick={onCancel}>
      <View className='sheet' role='dialog' aria-label='预约设备' onClick={(ev) => ev.stopPropagation()}>
        <Text className='sheet__title'>预约：{e.name}</Text>
        <Text className='sheet__text'>{e.college.name} · 开放时间：{e.openHours ?? '面议'}</Text>
        {units.length > 1 && (
          <>
            <OptionChips label='预约单位' options={unitOptions(units)} selected={orgId} onSelect={setOrgId} />
            {issues.orgId && <Text className='field-error'>{issues.orgId}</Text>}
          </>
        )}
        {picker('开始', 'startDay', 'startTime')}
        {picker('结束', 'endDay', 'endTime')}
        {(issues.start ?? issues.end) && <Text className='field-error'>{issues.start ?? issues.end}</Text>}
        <View className='field'>
          <Text className='field__label'>使用目的</Text>
          <Textarea aria-label='使用目的' className='field__textarea' name='purpose' placeholder='如：新产品样件试切、检测' value={purpose} maxlength={300} onInput={(ev) => setPurpose(ev.detail.value)} />
          {issues.purpose && <Text className='field-error'>{issues.purpose}</Text>}
        </View>
        {issues.form && <Text className='field-error'>{issues.form}</Text>}
        <Button className='btn btn--primary btn--block' loading={busy} disabled={busy} onClick={() => void submit()}>
          提交预约
        </Button>
        <Button className='btn btn--ghost btn--block' onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  )
}
