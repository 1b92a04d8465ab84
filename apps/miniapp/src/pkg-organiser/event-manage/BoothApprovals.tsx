import { Button, Input, Text, View } from '@tarojs/components'
import { BoothApproveSchema, type EventDetail } from '@zhilian/shared/contracts/events'
import { useState } from 'react'
import { approveBooth } from '../../api/organiser'
import { useSave } from '../../lib/use-save'
import { BOOTH_STATUS } from '../labels'
import '../../styles/kit/field.css'
import '../organiser.css'

type Booth = EventDetail['booths'][number]

function BoothRow({ eventId, booth, onApproved }: { eventId: string; booth: Booth; onApproved: () => void }) {
  const [number, setNumber] = useState(booth.number ?? '')
  const [zone, setZone] = useState(booth.zone ?? '')
  const { save, saving: busy, issues } = useSave(BoothApproveSchema, (body) => approveBooth(eventId, booth.id, body), onApproved, '已通过')
  const approve = () => save({ number, zone })
  return (
    <View className='organiser__item booth-row'>
      <View className='organiser__head'>
        <Text className='organiser__line'>{booth.org.name}</Text>
        <Text className={`status-tag status-tag--${booth.status}`}>{BOOTH_STATUS[booth.status]}</Text>
      </View>
      {booth.status === 'approved' && <Text className='muted'>{booth.zone} · {booth.number} 号展位 · 展出岗位 {booth.jobs.length} 个</Text>}
      {booth.status === 'applied' && (
        <View>
          <View className='organiser__row'>
            <Input aria-label='展区，如：智能制造展区' className='field__input' name={`zone-${booth.id}`} placeholder='展区，如：智能制造展区' value={zone} onInput={(e) => setZone(e.detail.value)} />
            <Input aria-label='展位号，如：A-01' className='field__input' name={`number-${booth.id}`} placeholder='展位号，如：A-01' value={number} onInput={(e) => setNumber(e.detail.value)} />
          </View>
          {issues.zone && <Text className='field-error'>{issues.zone}</Text>}
          {issues.number && <Text className='field-error'>{issues.number}</Text>}
          <Button className='btn btn--primary btn--small' loading={busy} disabled={busy} onClick={() => void approve()}>通过并分配展位</Button>
        </View>
      )}
    </View>
  )
}

/** Booth applications waiting for a number and zone, then the approved ones; `onApproved` reloads the page. */
export function BoothApprovals({ event, onApproved }: { event: EventDetail; onApproved: () => void }) {
  const waiting = event.booths.filter((b) => b.status === 'applied')
  const others = event.booths.filter((b) => b.status !== 'applied')
  return (
    <View className='card'>
      <Text className='organiser__h'>展位申请（待审核 {waiting.length}）</Text>
      {event.booths.length === 0 && <Text className='muted'>还没有单位申请展位</Text>}
      {[...waiting, ...others].map((b) => <BoothRow key={b.id} eventId={event.id} booth={b} onApproved={onApproved} />)}
    </View>
  )
}
