import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { downloadWorkbook } from '../../api/imports'
import { dashboardXlsxPath, type Dashboard } from '../../api/organiser'
import { BarList } from '../../components/BarList'
import { clock, shanghai } from '../../lib/beijing-time'
import { StatCard } from '../../components/StatCard'
import '../organiser.css'

/** Registrations, check-ins per 15 minutes, visits and applications per booth, and the workbook. */
export function DashboardCard({ eventId, title, d }: { eventId: string; title: string; d: Dashboard }) {
  const [downloading, setDownloading] = useState(false)
  const download = async () => {
    setDownloading(true)
    try {
      await downloadWorkbook(dashboardXlsxPath(eventId), `${title}-数据看板.xlsx`)
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    } finally {
      setDownloading(false)
    }
  }
  return (
    <View className='card dashboard'>
      <Text className='organiser__h'>数据看板</Text>
      <View className='organiser__stats'>
        <StatCard label='报名' value={d.registrations} />
        <StatCard label='签到' value={d.checkedIn} />
        <StatCard label='现场投递' value={d.applications} />
      </View>
      <Text className='organiser__h'>签到时段（每15分钟）</Text>
      {d.checkinsOverTime.length === 0 ? <Text className='muted'>还没有签到</Text> : (
        <BarList bars={d.checkinsOverTime.map((b) => ({ key: b.at, label: `${shanghai(b.at).format('M/D')} ${clock(b.at)}`, value: b.count }))} />
      )}
      <Text className='organiser__h'>各展位到访 / 投递</Text>
      {d.booths.length === 0 ? <Text className='muted'>还没有通过审核的展位</Text> : (
        <BarList legend={['到访', '投递']} bars={d.booths.map((b) => ({ key: b.boothId, label: `${b.number ?? ''} ${b.org}`, value: b.visits, other: b.applications }))} />
      )}
      <Button className='btn btn--primary btn--block' loading={downloading} disabled={downloading} onClick={() => void download()}>导出 Excel</Button>
    </View>
  )
}
