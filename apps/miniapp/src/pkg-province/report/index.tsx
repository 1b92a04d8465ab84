import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useEffect, useMemo, useState } from 'react'
import { errorMessage } from '../../api/api-error'
import { downloadWorkbook } from '../../api/imports'
import { fetchYearReport, yearReportXlsxPath } from '../../api/reports'
import { EChart } from '../../components/EChart'
import { StateView } from '../../components/StateView'
import { YearChips } from '../../components/YearChips'
import { useRemote } from '../../lib/use-remote'
import '../province.css'
import { reportCharts } from './chart-options'
import { FiguresTable } from './FiguresTable'

const ratio = (r: number | null) => (r === null ? '—' : r.toFixed(2))

/** 山东省产业人才供需报告: the year's figures with ECharts bar charts over their tables, and the workbook. */
export default function ReportPage() {
  const [year, setYear] = useState(new Date().getFullYear() - 1)
  const report = useRemote(() => fetchYearReport(year), { enabled: false })
  const { reload } = report
  useEffect(() => void reload(), [year, reload])
  const [downloading, setDownloading] = useState(false)
  const r = report.data
  const charts = useMemo(() => r && reportCharts(r), [r])

  const download = async () => {
    setDownloading(true)
    try {
      await downloadWorkbook(yearReportXlsxPath(year), `山东省产业人才供需报告-${year}.xlsx`)
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' })
    } finally {
      setDownloading(false)
    }
  }

  return (
    <View className='province province-report'>
      <Text className='section-title'>年度供需报告</Text>
      <YearChips selected={year} allowLatest={false} onSelect={(y) => y && setYear(y)} />
      <StateView loading={report.loading} error={report.error} onRetry={report.reload}>
        {r && (
          <View>
            <View className='card'>
              <Text className='province__h'>{r.title}</Text>
              <Text className='province__line'>
                全省：院校 {r.province.colleges} 所 · 企业 {r.province.enterprises} 家 · 在校生 {r.province.enrolment} 人 · 毕业生 {r.province.graduates} 人 · 岗位需求 {r.province.demand} 人
              </Text>
              <Text className='province__line'>
                供需比 {ratio(r.province.ratio)} · 适配指数 {r.province.fitIndex}
              </Text>
              <Button className='btn btn--primary btn--block province__download' loading={downloading} disabled={downloading} onClick={() => void download()}>
                下载 Excel 报告
              </Button>
            </View>
            {charts && (
              <View className='card'>
                <Text className='province__h'>分产业链：毕业生 / 岗位需求</Text>
                <EChart option={charts.chains.option} height={charts.chains.height} label='分产业链毕业生与岗位需求柱状图'>
                  <FiguresTable caption='分产业链供需' rows={r.chains.map((c) => ({ key: c.chainId, ...c }))} />
                </EChart>
              </View>
            )}
            {charts && (
              <View className='card'>
                <Text className='province__h'>分城市：毕业生 / 岗位需求</Text>
                <EChart option={charts.cities.option} height={charts.cities.height} label='分城市毕业生与岗位需求柱状图' />
                <Text className='province__h'>分城市缺口（负数为紧缺）</Text>
                <EChart option={charts.cityGap.option} height={charts.cityGap.height} label='分城市供需缺口柱状图'>
                  <FiguresTable caption='分城市供需' rows={r.cities.map((c) => ({ key: c.cityCode, ...c }))} />
                </EChart>
              </View>
            )}
            <View className='card'>
              <Text className='province__h'>专业缺口（负数为紧缺）</Text>
              {r.majors.length === 0 && <Text className='muted'>暂无数据</Text>}
              {r.majors.slice(0, 30).map((m) => (
                <Text key={m.majorCode} className={`province__line ${m.gap < 0 ? 'province__neg' : ''}`}>
                  {m.majorName}：毕业 {m.graduates} / 需求 {m.demand}（{m.gap >= 0 ? '+' : ''}
                  {m.gap}）
                </Text>
              ))}
            </View>
            {r.notes.map((n) => (
              <Text key={n} className='muted province__note'>
                {n}
              </Text>
            ))}
          </View>
        )}
      </StateView>
    </View>
  )
}
