import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { fetchAlerts, fetchFit } from '../../api/analytics'
import { BarList } from '../../components/BarList'
import { Chip } from '../../components/Chip'
import { StateView } from '../../components/StateView'
import { useRemote } from '../../lib/use-remote'
import '../province.css'

/** 专业产业适配监测: the fit index per city or college, over/undersupplied majors, and alerts. */
export default function FitPage() {
  const [level, setLevel] = useState<'city' | 'college'>('city')
  return (
    <View className='province'>
      <Text className='section-title'>专业与产业适配监测</Text>
      <View className='province__tabs'>
        {/* Chips, not coloured text: 按城市 / 按院校 read as plain lines 22 px tall (decision 065). */}
        {(['city', 'college'] as const).map((l) => (
          <Chip key={l} on={level === l} label={l === 'city' ? '按城市' : '按院校'} onClick={() => setLevel(l)} />
        ))}
      </View>
      <FitTable key={level} level={level} />
      <Alerts />
    </View>
  )
}

/** The most a list here draws; past it the page says how many there are (decision 102: it stopped without a word). */
const SHOWN = { fit: 30, alerts: 50 }

function FitTable({ level }: { level: 'city' | 'college' }) {
  const fit = useRemote(() => fetchFit({ level }))
  const items = fit.data?.items ?? []
  return (
    <StateView loading={fit.loading} error={fit.error} onRetry={fit.reload} empty={items.length === 0}>
      <View className='card'>
        <Text className='province__h'>适配指数（0–100）</Text>
        {items.length > SHOWN.fit && (
          // The BFF lists colleges from the lowest index up; cities come in their fixed order (16, under the limit).
          <Text className='muted province__line'>{level === 'college' ? `共 ${items.length} 所院校，列出适配指数最低的 ${SHOWN.fit} 所` : `共 ${items.length} 个，列出前 ${SHOWN.fit} 个`}</Text>
        )}
        <BarList bars={items.slice(0, SHOWN.fit).map((i) => ({ key: i.id, label: i.name, value: i.index }))} format={(n) => n.toFixed(1)} />
      </View>
      {items.slice(0, SHOWN.fit).map((i) => (
        <View key={i.id} className='card'>
          <Text className='province__h'>
            {i.name} · 指数 {i.index.toFixed(1)}
          </Text>
          {i.undersupplied.length > 0 && <Text className='province__line province__neg'>供给不足：{i.undersupplied.map((m) => m.majorName).join('、')}</Text>}
          {i.oversupplied.length > 0 && <Text className='province__line province__pos'>供给过剩：{i.oversupplied.map((m) => m.majorName).join('、')}</Text>}
        </View>
      ))}
    </StateView>
  )
}

function Alerts() {
  const alerts = useRemote(fetchAlerts)
  const items = alerts.data?.items ?? []
  return (
    <StateView loading={alerts.loading} error={alerts.error} onRetry={alerts.reload} empty={items.length === 0} emptyText='暂无预警'>
      <View className='card'>
        <Text className='province__h'>预警（{items.length}）</Text>
        {items.length > SHOWN.alerts && <Text className='muted province__line'>共 {items.length} 条，列出偏离最大的 {SHOWN.alerts} 条</Text>}
        {items.slice(0, SHOWN.alerts).map((a) => (
          // The message names the college and the major itself (fit.handlers.ts); they were written twice before it.
          <Text key={`${a.collegeId}-${a.majorCode}`} className={`province__line ${a.status === 'oversupplied' ? 'province__pos' : 'province__neg'}`}>
            {a.message}
          </Text>
        ))}
      </View>
    </StateView>
  )
}
