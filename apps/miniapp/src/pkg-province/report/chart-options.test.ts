import { describe, expect, it } from 'vitest'
import { DEMAND_COLOUR, SHORTAGE_COLOUR, SUPPLY_COLOUR, SURPLUS_COLOUR, chartHeight, gapOption, pairLegend, pairRows, reportCharts, supplyDemandOption } from './chart-options'
import { report } from './fixture'

type Series = { name: string; type: string; data: Array<number | { value: number; itemStyle: { color: string } }>; itemStyle?: { color: string } }
const seriesOf = (o: ReturnType<typeof supplyDemandOption>) => o.series as Series[]
const categories = (o: ReturnType<typeof supplyDemandOption>) => (o.yAxis as { data: string[] }).data

describe('report chart options', () => {
  it('draws a pair\'s supply against its demand per chain, one pair of bars per chain in report order', () => {
    const option = supplyDemandOption(pairRows(report.chains, 'talent'), pairLegend('talent'))
    expect(categories(option)).toEqual(['高端装备', '新一代信息技术与数字经济', '现代海洋'])
    const [supply, demand] = seriesOf(option)
    expect(supply).toMatchObject({ name: '预计进入企业的毕业生', type: 'bar', data: [900, 600, 0], itemStyle: { color: SUPPLY_COLOUR } })
    expect(demand).toMatchObject({ name: '企业岗位需求', type: 'bar', data: [1200, 300, 150], itemStyle: { color: DEMAND_COLOUR } })
    expect((option.legend as { data: string[] }).data).toEqual(['预计进入企业的毕业生', '企业岗位需求'])
  })

  it('names the bars after the pair shown: training seats and needs, resources and requests', () => {
    const training = supplyDemandOption(pairRows(report.chains, 'training'), pairLegend('training'))
    expect(seriesOf(training).map((s) => s.name)).toEqual(['年培训容量', '年培训需求'])
    expect(seriesOf(training)[0]!.data).toEqual(report.chains.map((c) => c.training.supply))
    const innovation = reportCharts(report, 'innovation')
    expect(seriesOf(innovation.chains.option).map((s) => s.name)).toEqual(['开放设备与科研项目', '技术难题与资源需求'])
    expect(seriesOf(innovation.cities.option)[1]!.data).toEqual(report.cities.map((c) => c.innovation.demand))
  })

  it('draws the per-city gap as supply minus demand, shortages red and surpluses blue', () => {
    const option = gapOption(pairRows(report.cities, 'talent'))
    expect(categories(option)).toEqual(['济南市', '青岛市', '淄博市'])
    const [gap] = seriesOf(option)
    expect(gap!.data).toEqual([
      { value: -200, itemStyle: { color: SHORTAGE_COLOUR } },
      { value: 50, itemStyle: { color: SURPLUS_COLOUR } },
      { value: 150, itemStyle: { color: SURPLUS_COLOUR } },
    ])
  })

  it('gives every chart of a report one series entry per row and room for its rows', () => {
    const charts = reportCharts(report)
    for (const series of seriesOf(charts.chains.option)) expect(series.data).toHaveLength(report.chains.length)
    for (const series of seriesOf(charts.cities.option)) expect(series.data).toHaveLength(report.cities.length)
    expect(seriesOf(charts.cityGap.option)[0]!.data).toHaveLength(report.cities.length)
    expect(chartHeight(16, 24)).toBeGreaterThan(chartHeight(3, 24))
    expect(chartHeight(0)).toBe(160)
  })

  it('keeps an empty report drawable: no rows, empty series', () => {
    const option = supplyDemandOption([])
    expect(categories(option)).toEqual([])
    expect(seriesOf(option).map((s) => s.data)).toEqual([[], []])
  })
})
