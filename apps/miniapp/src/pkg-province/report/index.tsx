import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { PAIR_LABELS, type PairKey } from '@zhilian/shared/contracts/reports'
import { useEffect, useMemo, useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { downloadWorkbook } from '../../api/imports'
import { fetchYearReport, yearReportXlsxPath } from '../../api/reports'
import { EChart } from '../../components/EChart'
import { PairTabs } from '../../components/PairTabs'
import { StateView } from '../../components/StateView'
import { YearChips } from '../../components/YearChips'
import { useRemote } from '../../lib/use-remote'
import { useReportYear } from '../../lib/use-report-year'
import '../province.css'
import './report.css'
import { BasisCard } from './BasisCard'
import { reportCharts } from './chart-options'
import { FiguresTable, figuresRow } from './FiguresTable'

/**
 * 山东省产业人才供需报告: opens on the latest year with filed data; each of the three pairs of lists as
 * sentences, ECharts bar charts over their tables, coverage beside every ratio, the method, and the workbook.
 */
export default function ReportPage() {
  const years = useReportYear()
  const { year } = years
  const [pair, setPair] = useState<PairKey>('talent')
  const report = useRemote(() => (year ? fetchYearReport(year) : Promise.resolve(undefined)), { enabled: false })
  const { reload } = report
  useEffect(() => {
    if (year) void reload()
  }, [year, reload])
  const [downloading, setDownloading] = useState(false)
  const r = report.data
  const charts = useMemo(() => r && reportCharts(r, pair), [r, pair])
  const labels = PAIR_LABELS[pair]

  const download = async () => {
    if (!r) return
    setDownloading(true)
    try {
      await downloadWorkbook(yearReportXlsxPath(r.year), `山东省产业人才供需报告-${r.year}.xlsx`)
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    } finally {
      setDownloading(false)
    }
  }

  return (
    <View className='province province-report'>
      <Text className='section-title'>年度供需报告</Text>
      <StateView loading={years.loading} error={years.error} onRetry={years.reload}>
        <YearChips years={years.years} withData={years.withData} selected={year} onSelect={years.setYear} />
      </StateView>
      <StateView loading={report.loading || (!r && !report.error && !years.error)} error={report.error} onRetry={report.reload}>
        {r && charts && (
          <View>
            <View className='card'>
              <Text className='province__h'>{r.title}</Text>
              {r.emptyReason && <Text className='report-empty'>{r.emptyReason}</Text>}
              <Text className='report-sentence'>{r.province.sentence}</Text>
              <Text className='muted province__line'>
                院校 {r.province.colleges} 所 · 企业 {r.province.enterprises} 家 · 在校生 {r.province.enrolment} 人 · 预计毕业 {r.province.talent.graduates} 人 · 专业匹配度 {r.province.fitIndex}
              </Text>
              <Button className='btn btn--primary btn--block province__download' loading={downloading} disabled={downloading} onClick={() => void download()}>
                下载 Excel 报告
              </Button>
            </View>
            <PairTabs selected={pair} onSelect={setPair} />
            <View className='card'>
              <Text className='province__h'>分产业链：{labels.supply} / {labels.demand}（{labels.unit}）</Text>
              <EChart option={charts.chains.option} height={charts.chains.height} label={`分产业链${labels.name}柱状图`}>
                <FiguresTable caption='分产业链供需' supplyLabel='供给' demandLabel='需求' rows={r.chains.map((c) => figuresRow(c.chainId, c, pair))} />
              </EChart>
            </View>
            <View className='card'>
              <Text className='province__h'>分城市：{labels.supply} / {labels.demand}（{labels.unit}）</Text>
              <EChart option={charts.cities.option} height={charts.cities.height} label={`分城市${labels.name}柱状图`} />
              <Text className='province__h'>分城市缺口（负数为供给不足）</Text>
              <EChart option={charts.cityGap.option} height={charts.cityGap.height} label='分城市供需缺口柱状图'>
                <FiguresTable caption='分城市供需' supplyLabel='供给' demandLabel='需求' rows={r.cities.map((c) => figuresRow(c.cityCode, c, pair))} />
              </EChart>
            </View>
            {pair === 'talent' && (
              <View className='card'>
                <Text className='province__h'>各产业链结论</Text>
                {r.chains.map((c) => (
                  <Text key={c.chainId} className='report-sentence' data-chain={c.chainId}>
                    {c.sentence}
                  </Text>
                ))}
              </View>
            )}
            {pair === 'talent' && (
              <View className='card'>
                <Text className='province__h'>专业缺口（负数为供给不足）</Text>
                {r.majors.length === 0 && <Text className='muted'>暂无数据</Text>}
                {r.majors.slice(0, 30).map((m) => (
                  <Text key={m.majorCode ?? 'unnamed'} className={`province__line ${m.gap !== null && m.gap < 0 ? 'province__neg' : ''}`}>
                    {m.gap === null ? `${m.majorName}：岗位需求 ${m.demand} 人（岗位未写明专业，不分摊到各专业）` : `${m.majorName}：供给 ${m.supply} / 需求 ${m.demand}（${m.gap >= 0 ? '+' : ''}${m.gap}）`}
                  </Text>
                ))}
              </View>
            )}
            <BasisCard basis={r.basis} onSaved={() => void reload()} />
            <View className='card'>
              <Text className='province__h'>统计口径</Text>
              {r.notes.map((n) => (
                <Text key={n} className='muted province__note'>
                  {n}
                </Text>
              ))}
            </View>
          </View>
        )}
      </StateView>
    </View>
  )
}
