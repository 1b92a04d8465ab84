import Taro from '@tarojs/taro'
import { Button, Input, Picker, Text, View } from '@tarojs/components'
import { SessionCreateSchema, type EventDetail } from '@zhilian/shared/contracts/events'
import { useState } from 'react'
import { useSave } from '../../lib/use-save'
import { errorMessage } from '../../api/api-error'
import { addSession, removeSession } from '../../api/organiser'
import { Chip } from '../../components/Chip'
import { spanText } from '../../lib/beijing-time'
import { isoOf, whenOf } from './when'
import '../../styles/kit/field.css'
import '../../styles/kit/page.css'
import '../organiser.css'
import '../../components/events-ui.css'

type Session = EventDetail['sessions'][number]
type SessionKind = 'talk' | 'roadshow' | 'signing'
const KINDS: Record<SessionKind, string> = { talk: '宣讲', roadshow: '路演', signing: '签约' }

/** The agenda: sessions with room, time and speakers; removing one tells whoever planned it. */
export function SessionsCard({ event, onChange }: { event: EventDetail; onChange: (sessions: Session[]) => void }) {
  const day = whenOf(event.startsAt).date
  const [title, setTitle] = useState('')
  const [kind, setKind] = useState<SessionKind>('talk')
  const [room, setRoom] = useState('')
  const [date, setDate] = useState(day)
  const [from, setFrom] = useState('10:00')
  const [to, setTo] = useState('11:00')
  const [speakers, setSpeakers] = useState('')
  const { save, saving: busy, issues } = useSave(
    SessionCreateSchema,
    (body) => addSession(event.id, body),
    (session) => {
      onChange([...event.sessions, session].sort((a, b) => a.startsAt.localeCompare(b.startsAt)))
      setTitle('')
      setSpeakers('')
    },
    { success: '议程已添加', fieldOf: (path) => path.split('.')[0] ?? path },
  )

  const add = () =>
    save({
      title, kind, room: room.trim() || undefined, startsAt: isoOf({ date, time: from }), endsAt: isoOf({ date, time: to }),
      speakers: speakers.split(/[,，、]/).map((s) => s.trim()).filter(Boolean),
    })

  const remove = async (s: Session) => {
    const { confirm } = await Taro.showModal({
      title: '删除议程',
      content: `确定删除「${s.title}」吗？已把它加入日程的学生会收到取消通知。`,
      confirmText: '删除',
      cancelText: '保留',
    })
    if (!confirm) return
    try {
      await removeSession(event.id, s.id)
      onChange(event.sessions.filter((x) => x.id !== s.id))
      void Taro.showToast({ title: '已删除', icon: 'none' })
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    }
  }

  const issue = (k: string) => issues[k] && <Text className='field-error'>{issues[k]}</Text>
  return (
    <View className='card sessions-card'>
      <Text className='organiser__h'>议程</Text>
      {event.sessions.length === 0 && <Text className='muted'>还没有议程</Text>}
      {event.sessions.map((s) => (
        <View key={s.id} className='organiser__item session-row'>
          <View className='organiser__head'>
            <Text className='organiser__line'>{s.title}</Text>
            <Button className='btn btn--ghost btn--small' onClick={() => void remove(s)}>删除</Button>
          </View>
          <Text className='muted'>{spanText(s.startsAt, s.endsAt)}{s.room ? ` · ${s.room}` : ''}{s.speakers.length ? ` · ${s.speakers.join('、')}` : ''}</Text>
        </View>
      ))}
      <Text className='organiser__h'>添加议程</Text>
      <View className='field'>
        <Input aria-label='议程名称，如：链主企业宣讲' className='field__input' name='sessionTitle' placeholder='议程名称，如：链主企业宣讲' value={title} onInput={(e) => setTitle(e.detail.value)} />
        {issue('title')}
      </View>
      <View className='row-actions'>
        {(Object.keys(KINDS) as SessionKind[]).map((k) => (
          <Chip key={k} on={kind === k} label={KINDS[k]} onClick={() => setKind(k)} />
        ))}
      </View>
      <View className='field'>
        <Input aria-label='会场 / 房间（选填）' className='field__input' name='room' placeholder='会场 / 房间（选填）' value={room} onInput={(e) => setRoom(e.detail.value)} />
      </View>
      <View className='organiser__row'>
        <Picker mode='date' value={date} onChange={(e) => setDate(String(e.detail.value))}><View className='field__input'>{date}</View></Picker>
        <Picker mode='time' value={from} onChange={(e) => setFrom(String(e.detail.value))}><View className='field__input'>{from}</View></Picker>
        <Text>至</Text>
        <Picker mode='time' value={to} onChange={(e) => setTo(String(e.detail.value))}><View className='field__input'>{to}</View></Picker>
      </View>
      {issue('endsAt')}
      {issue('startsAt')}
      <View className='field'>
        <Input aria-label='主讲人，多人用顿号分隔（选填）' className='field__input' name='speakers' placeholder='主讲人，多人用顿号分隔（选填）' value={speakers} onInput={(e) => setSpeakers(e.detail.value)} />
        {issue('speakers')}
      </View>
      <Button className='btn btn--ghost btn--block' loading={busy} disabled={busy} onClick={() => void add()}>添加议程</Button>
    </View>
  )
}
