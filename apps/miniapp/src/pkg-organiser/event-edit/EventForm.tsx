import { Button, Input, Text, Textarea, View } from '@tarojs/components'
import { EventFormat, EventKind } from '@zhilian/shared/contracts/enums'
import { EventCreateSchema, type EventDetail } from '@zhilian/shared/contracts/events'
import { useState } from 'react'
import { fetchCities } from '../../api/jobs'
import { createEvent, updateEvent } from '../../api/organiser'
import { fetchChains } from '../../api/reference'
import { useRemote } from '../../lib/use-remote'
import { useLeaveGuard } from '../../lib/use-leave-guard'
import { useSave } from '../../lib/use-save'
import { DateTimeField } from './DateTimeField'
import { Chip } from '../../components/Chip'
import { blankDraft, bodyOf, draftOf, type EventDraft } from './draft'
import '../../styles/kit/field.css'
import '../../styles/kit/page.css'
import '../organiser.css'

/** The event's own fields: create (no event yet) or edit. Field problems from the BFF appear under their field. */
export function EventForm({ event, onSaved }: { event?: EventDetail; onSaved: (e: EventDetail) => void }) {
  const cities = useRemote(fetchCities)
  const chains = useRemote(fetchChains)
  const [d, setD] = useState<EventDraft>(() => (event ? draftOf(event) : blankDraft()))
  // The draft as last saved (or as opened): the form is unsaved while it differs.
  const [saved, setSaved] = useState(d)
  const release = useLeaveGuard(JSON.stringify(d) !== JSON.stringify(saved))
  const keep = (e: EventDetail) => {
    setSaved(d)
    release()
    onSaved(e)
  }
  const { save: send, saving, issues } = useSave(EventCreateSchema, (body) => (event ? updateEvent(event.id, body) : createEvent(body)), keep, {
    success: event ? '已保存' : '已发布',
    fieldOf: (path) => path.split('.')[0] ?? '',
  })
  const set = <K extends keyof EventDraft>(k: K, v: EventDraft[K]) => setD((p) => ({ ...p, [k]: v }))
  const issue = (k: string) => issues[k] && <Text className='field-error'>{issues[k]}</Text>
  const chip = (on: boolean, label: string, onClick: () => void) => <Chip key={label} on={on} label={label} onClick={onClick} />

  const save = () => send(bodyOf(d))

  const text = (k: 'title' | 'venue' | 'capacity', label: string, placeholder = '', numeric = false) => (
    <View className='field'>
      <Text className='field__label'>{label}</Text>
      <Input aria-label={label} className='field__input' name={k} type={numeric ? 'number' : 'text'} placeholder={placeholder} value={d[k]} onInput={(e) => set(k, e.detail.value)} />
      {issue(k)}
    </View>
  )
  const when = (k: 'startsAt' | 'endsAt' | 'enterpriseRegOpens' | 'enterpriseRegCloses' | 'studentRegOpens' | 'studentRegCloses', label: string) => (
    <DateTimeField label={label} name={k} value={d[k]} optional={!(k === 'startsAt' || k === 'endsAt')} fallback={d.startsAt} error={issues[k]}
      onChange={(v) => set(k, (v ?? null) as EventDraft[typeof k])} />
  )

  return (
    <View className='card event-form'>
      {text('title', '活动名称', '如：高端装备产业链专场双选会')}
      <View className='field'>
        <Text className='field__label'>活动类型</Text>
        <View className='row-actions'>{(Object.keys(EventKind.labels) as EventDraft['kind'][]).map((k) => chip(d.kind === k, EventKind.labels[k], () => set('kind', k)))}</View>
        {issue('kind')}
      </View>
      <View className='field'>
        <Text className='field__label'>举办形式</Text>
        <View className='row-actions'>{(Object.keys(EventFormat.labels) as EventDraft['format'][]).map((k) => chip(d.format === k, EventFormat.labels[k], () => set('format', k)))}</View>
      </View>
      <View className='field'>
        <Text className='field__label'>所属产业链（可多选）</Text>
        <View className='row-actions'>
          {(chains.data ?? []).map((c) => chip(d.chainIds.includes(c.id), c.name, () => set('chainIds', d.chainIds.includes(c.id) ? d.chainIds.filter((x) => x !== c.id) : [...d.chainIds, c.id])))}
        </View>
        {issue('chainIds')}
      </View>
      <View className='field'>
        <Text className='field__label'>举办城市</Text>
        <View className='row-actions'>{(cities.data ?? []).map((c) => chip(d.cityCode === c.adcode, c.name, () => set('cityCode', c.adcode)))}</View>
        {issue('cityCode')}
      </View>
      {text('venue', d.format === 'online' ? '线上地址或平台（选填）' : '场馆（选填）', '如：淄博职业学院体育馆')}
      {when('startsAt', '开始时间')}
      {when('endsAt', '结束时间')}
      {/* The exhibitors' window: enterprises, research institutes, industry organisations and service providers apply
          for booths in it (booths.handlers.ts, `kindsWith('fairs')`), so it is not 企业报名 (decision 088). */}
      {when('enterpriseRegOpens', '参展单位报名开始')}
      {when('enterpriseRegCloses', '参展单位报名截止')}
      {when('studentRegOpens', '学生报名开始')}
      {when('studentRegCloses', '学生报名截止')}
      {text('capacity', '学生名额（选填，不填为不限）', '', true)}
      <View className='field'>
        <Text className='field__label'>活动介绍（选填）</Text>
        <Textarea aria-label='活动介绍（选填）' className='field__textarea' name='description' maxlength={5000} value={d.description} onInput={(e) => set('description', e.detail.value)} />
        {issue('description')}
      </View>
      <Button className='btn btn--primary btn--block' loading={saving} disabled={saving} onClick={() => void save()}>
        {event ? '保存修改' : '发布活动'}
      </Button>
      {event && <Text className='muted organiser__line'>修改时间或场馆后，已报名的学生会收到通知，提醒随之调整。</Text>}
    </View>
  )
}
