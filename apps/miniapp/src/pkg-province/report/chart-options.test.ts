import { describe, expect, it } from 'vitest'
import { DEMAND_COLOUR, SHORTAGE_COLOUR, SUPPLY_COLOUR, SURPLUS_COLOUR, chartHeight, gapOption, reportCharts, supplyDemandOption } from './chart-options'
import { report } from './fixture'

type Series = { name: string; type: string; data: Array<number | { value: number; itemStyle: { color: string } }>; itemStyle?: { color: string } }
const seriesOf = (o: ReturnType<typeof supplyDemandOption>) => o.series as Series[]
const categories = (o: ReturnType<typeof supplyDemandOption>) => (o.yAxis as { data: string[] }).data

describe('report chart options', () => {
  it('draws graduates against demand per chain, one pair of bars per chain in report order', () => {
    const option = supplyDemandOption(report.chains)
    expect(categories(option)).toEqual(['高端装备', '新一代信息技术与数字经济', '现代海洋'])
    const [supply, demand] = seriesOf(option)
    expect(supply).toMatchObject({ name: '毕业生', type: 'bar', data: [900, 600, 0], itemStyle: { color: SUPPLY_COLOUR } })
    expect(demand).toMatchObject({ name: '岗位需求', type: 'bar', data: [1200, 450, 150], itemStyle: { color: DEMAND_COLOUR } })
    expect((option.legend as { data: string[] }).data).toEqual(['毕业生', '岗位需求'])
  })

  it('draws the per-city gap as graduates minus demand, shortages red and surpluses blue', () => {
    const option = gapOption(report.cities)
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
