import { View } from '@tarojs/components'
import type { OpenEquipment } from '@zhilian/shared/contracts/equipment'
import { useState } from 'react'
import { OptionChips } from '../../components/OptionChips'
import { BookingSheet } from './BookingSheet'
import { MyBookings } from './MyBookings'
import { OpenEquipmentList } from './OpenEquipmentList'
import './index.css'

type Tab = 'open' | 'mine'

/** 共享设备: browse colleges' open equipment and book a slot; 我的预约 shows what the colleges decided. */
export default function EnterpriseEquipmentPage() {
  const [tab, setTab] = useState<Tab>('open')
  const [booking, setBooking] = useState<OpenEquipment>()
  return (
    <View>
      <OptionChips<Tab> label='查看' options={[{ value: 'open', label: '可预约设备' }, { value: 'mine', label: '我的预约' }]} selected={tab} onSelect={(t) => setTab(t ?? 'open')} />
      {tab === 'open' ? <OpenEquipmentList onBook={setBooking} /> : <MyBookings />}
      {booking && (
        <BookingSheet
          equipment={booking}
          onCancel={() => setBooking(undefined)}
          onBooked={() => {
            setBooking(undefined)
            setTab('mine')
          }}
        />
      )}
    </View>
  )
}
