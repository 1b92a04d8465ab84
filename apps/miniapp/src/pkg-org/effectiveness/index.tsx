import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { fetchEffectRecord } from '../../api/effectiveness'
import { MissingLink } from '../../components/MissingLink'
import { StateView } from '../../components/StateView'
import { YearChips } from '../../components/YearChips'
import { useRemote } from '../../lib/use-remote'
import { usePullDown } from '../../lib/use-pull-down'
import '../members/index.css'
import '../../styles/kit/page.css'

const thisYear = () => new Date(Date.now() + 8 * 3_600_000).getUTCFullYear()

/**
 * The organisation's own 成效 record (decision 029): each figure, how it is counted and what it weighs, and the
 * formula, so a member can check every point of the score that departments rank on.
 */
export default function EffectivenessPage() {
  const orgId = useRouter().params.orgId
  // Opened without its id (a cut link): say so and lead back, instead of asking the BFF for nothing.
  return orgId ? <EffectivenessView orgId={orgId} /> : <MissingLink whose='单位' what='成效' />
}

function EffectivenessView({ orgId }: { orgId: string }) {
  const now = thisYear()
  const [year, setYear] = useState(now)
  return (
    <View className='page-pad'>
      <YearChips years={[now, now - 1, now - 2]} withData={[now, now - 1, now - 2]} selected={year} onSelect={setYear} />
      {/* A year is its own load: the key starts a fresh one when the chip changes. */}
      <YearRecord key={year} orgId={orgId} year={year} />
    </View>
  )
}

function YearRecord({ orgId, year }: { orgId: string; year: number }) {
  const record = useRemote(() => fetchEffectRecord(orgId, year))
  usePullDown(record.reload)
  const r = record.data
  return (
      <StateView loading={record.loading && !r} error={r ? undefined : record.error} onRetry={() => void record.reload()}>
        {r && (
          <View>
            <View className='card'>
              <Text className='section-title'>{r.org.name} · {r.year}年</Text>
              <Text className='effect-total'>{r.total}</Text>
              <Text className='muted' style={{ display: 'block' }}>成效分{r.total === 0 ? '：本年度平台上还没有可计入的成效' : ''}</Text>
            </View>
            <View className='card'>
              <Text className='section-title'>各项明细</Text>
              {r.parts.map((p) => (
                <View key={p.key} className='member-row effect-part'>
                  <View className='member-row__who'>
                    <Text>{p.label}：{p.count}{p.unit}</Text>
                    <Text className='muted'>{p.how}</Text>
                  </View>
                  <Text>{p.points}分</Text>
                </View>
              ))}
            </View>
            <View className='card'>
              <Text className='section-title'>计算方法</Text>
              <Text className='muted' style={{ display: 'block' }}>{r.formula}</Text>
              <Text className='muted' style={{ display: 'block' }}>只统计通过本平台发生并留有记录的事项；教育、工信部门按此排名并可导出。</Text>
            </View>
          </View>
        )}
      </StateView>
  )
}
