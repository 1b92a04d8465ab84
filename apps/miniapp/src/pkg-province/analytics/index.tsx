import { Text, View } from '@tarojs/components'
import { COVERAGE_LEVEL_LABELS } from '@zhilian/shared'
import type { ChainAnalytics } from '@zhilian/shared/contracts/analytics'
import type { Figures } from '@zhilian/shared/contracts/reports'
import { useEffect, useMemo, useState } from 'react'
import { fetchChainAnalytics, fetchChainSummaries } from '../../api/analytics'
import { EChart, type EChartOption } from '../../components/EChart'
import { StateView } from '../../components/StateView'
import { YearChips } from '../../components/YearChips'
import { useRemote } from '../../lib/use-remote'
import { useReportYear } from '../../lib/use-report-year'
import '../province.css'
import { barsOption, chartHeight, pairLegend, pairRows, supplyDemandOption } from '../report/chart-options'
import { FiguresTable, figuresRow, ratioText } from '../report/FiguresTable'
import './index.css'
import '../../components/YearChips.css'

/** The other two pairs of a row in words (the talent pair is the row's own sentence). */
export function pairLines(f: Figures): string[] {
  const t = f.training
  const i = f.innovation
  return [
    `培训：${t.courses} 门课程年培训容量 ${t.supply} 人次，${t.needs} 项培训需求共 ${t.demand} 人次，供需比 ${ratioText(t)}。`,
    `设备与研发：开放共享设备 ${i.equipment} 项、科研项目 ${i.projects} 项；技术难题 ${i.challenges} 项（${i.answered} 项已有院校揭榜，${i.solved} 项经企业验题已投产）、院校资源需求 ${i.requests} 项，资源与需求之比 ${ratioText(i)}。`,
  ]
}

const signed = (n: number) => `${n >= 0 ? '+' : ''}${n}`

/**
 * A chart with its figures as lines beneath it (read without the canvas, and by a screen reader), or one sentence when
 * the chain has none: a chain without data drew empty axes (decision 102).
 */
function ChartOrNone<T>({ rows, none, option, height, label, short, children }: { rows: T[]; none: string; option: EChartOption; height: number; label: string; short?: (row: T) => boolean; children: (row: T) => string }) {
  if (rows.length === 0) return <Text className='muted province__line'>{none}</Text>
  return (
    <EChart option={option} height={height} label={`${label}柱状图`}>
      <View className='analytics-list' aria-label={label}>
        {rows.map((row) => {
          const line = children(row)
          return <Text key={line} className={`province__line ${short?.(row) ? 'province__neg' : ''}`}>{line}</Text>
        })}
      </View>
    </EChart>
  )
}

function ChainDetail({ a }: { a: ChainAnalytics }) {
  const f = a.figures
  const charts = useMemo(() => {
    const majors = a.gap.slice(0, 15).map((g) => ({ name: g.majorName, supply: g.supply, demand: g.demand }))
    const cities = a.supply.byCity.map((s) => s.cityCode).concat(a.demand.byCity.map((d) => d.cityCode))
    const cityRows = [...new Set(cities)].map((code) => ({
      name: a.supply.byCity.find((s) => s.cityCode === code)?.cityName ?? a.demand.byCity.find((d) => d.cityCode === code)?.cityName ?? code,
      supply: a.supply.byCity.find((s) => s.cityCode === code)?.supply ?? 0,
      demand: a.demand.byCity.find((d) => d.cityCode === code)?.headcount ?? 0,
    }))
    const years = [...new Set([...a.trend.graduates, ...a.trend.demand].map((p) => p.year))].sort()
    const trend = years.map((y) => ({ name: `${y}年`, supply: a.trend.graduates.find((g) => g.year === y)?.value ?? 0, demand: a.trend.demand.find((d) => d.year === y)?.value ?? 0 }))
    const skillRows = a.demand.bySkill.slice(0, 12)
    const skills = skillRows.map((s) => ({ name: s.skill, value: s.headcount }))
    return {
      majors: { option: supplyDemandOption(majors), height: chartHeight(majors.length * 2, 18) },
      cities: { rows: cityRows, option: supplyDemandOption(cityRows), height: chartHeight(cityRows.length * 2, 18) },
      trend: { rows: trend, option: supplyDemandOption(trend, ['毕业生（按届）', '岗位需求（按发布年）']), height: chartHeight(trend.length * 2, 18) },
      skills: { rows: skillRows, option: barsOption(skills, '需求人数'), height: chartHeight(skills.length, 24) },
    }
  }, [a])
  return (
    <View>
      <View className='card'>
        <Text className='province__h'>{a.chain.name}（{a.filters.year}年）</Text>
        <Text className='report-sentence'>{f.sentence}</Text>
        {pairLines(f).map((line) => (
          <Text key={line} className='report-sentence'>{line}</Text>
        ))}
        <Text className='muted province__line'>
          院校 {f.colleges} 所 · 企业 {f.enterprises} 家 · 岗位 {f.talent.jobs} 个 · 覆盖情况：{COVERAGE_LEVEL_LABELS[f.coverage.level]}
          {f.talent.unnamedDemand > 0 ? ` · 其中 ${f.talent.unnamedDemand} 人的岗位未写明专业（单列，不分摊）` : ''}
        </Text>
      </View>
      <View className='card'>
        <Text className='province__h'>按专业：{pairLegend('talent').join(' / ')}</Text>
        <ChartOrNone none='本产业链暂无分专业的供需数据' rows={a.gap.slice(0, 15)} option={charts.majors.option} height={charts.majors.height} label='按专业供需' short={(g) => g.gap < 0}>
          {(g) => `${g.majorName}：供给 ${g.supply} / 需求 ${g.demand}（${signed(g.gap)}）`}
        </ChartOrNone>
      </View>
      <View className='card'>
        <Text className='province__h'>按城市：{pairLegend('talent').join(' / ')}</Text>
        <ChartOrNone none='本产业链暂无分城市的供需数据' rows={charts.cities.rows} option={charts.cities.option} height={charts.cities.height} label='按城市供需' short={(c) => c.supply < c.demand}>
          {(c) => `${c.name}：供给 ${c.supply} / 需求 ${c.demand}（${signed(c.supply - c.demand)}）`}
        </ChartOrNone>
      </View>
      <View className='card'>
        <Text className='province__h'>趋势：毕业生 / 岗位需求</Text>
        <ChartOrNone none='本产业链暂无逐年数据' rows={charts.trend.rows} option={charts.trend.option} height={charts.trend.height} label='毕业生与岗位需求逐年'>
          {(t) => `${t.name}：毕业生 ${t.supply} / 岗位需求 ${t.demand}`}
        </ChartOrNone>
      </View>
      <View className='card'>
        <Text className='province__h'>需求最多的技能点</Text>
        <ChartOrNone none='本产业链的岗位暂未填写技能点' rows={charts.skills.rows} option={charts.skills.option} height={charts.skills.height} label='技能点需求人数'>
          {(k) => `${k.skill}：需求 ${k.headcount} 人（${k.jobs} 个岗位）`}
        </ChartOrNone>
      </View>
    </View>
  )
}

/**
 * 产业链分析: the year's row of every chain as a chart (the yearly report's own figures, from the same
 * computation), then one chain's sentences and charts by major, city, year and skill.
 */
export default function AnalyticsPage() {
  const years = useReportYear()
  const { year } = years
  const summaries = useRemote(() => (year ? fetchChainSummaries({ year }) : Promise.resolve(undefined)), { enabled: false })
  const [chainId, setChainId] = useState<string>()
  const current = chainId ?? summaries.data?.items[0]?.chainId
  const chain = useRemote(() => (current && year ? fetchChainAnalytics(current, { year }) : Promise.resolve(undefined)), { enabled: false })
  const reloadSummaries = summaries.reload
  const reloadChain = chain.reload
  useEffect(() => {
    if (year) void reloadSummaries()
  }, [year, reloadSummaries])
  useEffect(() => {
    if (year && current) void reloadChain()
  }, [current, year, reloadChain])
  const items = summaries.data?.items ?? []
  const overview = useMemo(() => {
    const rows = pairRows(items, 'talent')
    return { option: supplyDemandOption(rows), height: chartHeight(rows.length * 2, 18) }
  }, [items])

  return (
    <View className='province'>
      <Text className='section-title'>产业链供需分析</Text>
      <StateView loading={years.loading} error={years.error} onRetry={years.reload}>
        <YearChips years={years.years} withData={years.withData} selected={year} onSelect={years.setYear} />
      </StateView>
      <StateView loading={summaries.loading} error={summaries.error} onRetry={summaries.reload} empty={summaries.data?.items.length === 0}>
        <View className='card'>
          <Text className='province__h'>各产业链：{pairLegend('talent').join(' / ')}</Text>
          <EChart option={overview.option} height={overview.height} label='各产业链人才供需柱状图'>
            <FiguresTable caption='各产业链供需' supplyLabel='供给' demandLabel='需求' rows={items.map((c) => figuresRow(c.chainId, c, 'talent'))} />
          </EChart>
          <Text className='province__h'>点选产业链查看详情</Text>
          <View className='year-chips analytics-chains'>
            {items.map((s) => (
              <Text role='button' key={s.chainId} className={`year-chip ${s.chainId === current ? 'year-chip--on' : ''}`} onClick={() => setChainId(s.chainId)}>
                {s.name}
              </Text>
            ))}
          </View>
        </View>
      </StateView>
      <StateView loading={chain.loading} error={chain.error} onRetry={chain.reload}>
        {chain.data && <ChainDetail a={chain.data} />}
      </StateView>
    </View>
  )
}
