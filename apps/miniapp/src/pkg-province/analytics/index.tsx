import { Text, View } from '@tarojs/components'
import { FIT_STATUS_LABELS } from '@zhilian/shared/contracts/analytics'
import { useEffect, useState } from 'react'
import { fetchChainAnalytics, fetchChainSummaries } from '../../api/analytics'
import { BarList } from '../../components/BarList'
import { StateView } from '../../components/StateView'
import { YearChips } from '../../components/YearChips'
import { useRemote } from '../../lib/use-remote'
import '../province.css'

const ratio = (r: number | null) => (r === null ? '—' : r.toFixed(2))

/** 产业链分析: per-chain summary, then one chain's supply vs demand by major, by city and over the years. */
export default function AnalyticsPage() {
  const summaries = useRemote(fetchChainSummaries)
  const [chainId, setChainId] = useState<string>()
  const [year, setYear] = useState<number>()
  const current = chainId ?? summaries.data?.items[0]?.chainId
  const chain = useRemote(() => (current ? fetchChainAnalytics(current, { year }) : Promise.resolve(undefined)), { enabled: false })
  const { reload } = chain
  useEffect(() => void reload(), [current, year, reload])
  const c = chain.data

  return (
    <View className='province'>
      <Text className='section-title'>产业链供需分析</Text>
      <StateView loading={summaries.loading} error={summaries.error} onRetry={summaries.reload} empty={summaries.data?.items.length === 0}>
        <View className='card'>
          <Text className='province__h'>各产业链概况（点选查看详情）</Text>
          {summaries.data?.items.map((s) => (
            <Text key={s.chainId} className={`province__line ${s.chainId === current ? 'province__pos' : ''}`} onClick={() => setChainId(s.chainId)}>
              {s.name}：院校 {s.colleges} · 企业 {s.enterprises} · 毕业生 {s.graduates} · 岗位需求 {s.openHeadcount} · 供需比 {ratio(s.ratio)}
            </Text>
          ))}
        </View>
      </StateView>
      <YearChips selected={year} onSelect={setYear} />
      <StateView loading={chain.loading} error={chain.error} onRetry={chain.reload}>
        {c && (
          <View>
            <View className='card'>
              <Text className='province__h'>{c.chain.name}：按专业（毕业生 / 需求）</Text>
              <BarList legend={['毕业生', '需求']} bars={c.gap.slice(0, 20).map((g) => ({ key: g.majorCode, label: g.majorName, value: g.graduates, other: g.demand }))} />
              {c.gap.slice(0, 20).map((g) => (
                <Text key={g.majorCode} className={`province__line ${g.gap < 0 ? 'province__neg' : ''}`}>
                  {g.majorName}：{FIT_STATUS_LABELS[g.status]}（缺口 {g.gap}）
                </Text>
              ))}
            </View>
            <View className='card'>
              <Text className='province__h'>按城市：在校生 / 岗位需求</Text>
              <BarList
                legend={['在校生', '岗位需求']}
                bars={c.supply.byCity.map((s) => ({ key: s.cityCode, label: s.cityName, value: s.enrolment, other: c.demand.byCity.find((d) => d.cityCode === s.cityCode)?.headcount ?? 0 }))}
              />
            </View>
            <View className='card'>
              <Text className='province__h'>趋势：毕业生 / 需求</Text>
              <BarList
                legend={['毕业生', '需求']}
                bars={c.trend.graduates.map((g) => ({ key: String(g.year), label: `${g.year}年`, value: g.value, other: c.trend.demand.find((d) => d.year === g.year)?.value ?? 0 }))}
              />
            </View>
            <View className='card'>
              <Text className='province__h'>需求最多的技能点</Text>
              <BarList bars={c.demand.bySkill.slice(0, 12).map((s) => ({ key: s.skill, label: s.skill, value: s.headcount }))} />
            </View>
          </View>
        )}
      </StateView>
    </View>
  )
}
