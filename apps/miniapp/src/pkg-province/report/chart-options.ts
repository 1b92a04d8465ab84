import { PAIR_LABELS, type Figures, type PairKey, type SupplyDemandReport } from '@zhilian/shared/contracts/reports'
import type { EChartOption } from '../../components/EChart'
import { palette } from '../../styles/palette'

/** The colours BarList uses elsewhere, so the report reads like the other pages. */
export const SUPPLY_COLOUR = palette.brand
export const DEMAND_COLOUR = palette.chartDemand
export const SHORTAGE_COLOUR = palette.danger
export const SURPLUS_COLOUR = palette.chartSurplus

/** A row of one pair: the chart's category and its two sides. */
export type Named = { name: string; supply: number; demand: number }

/** The report's rows as one pair's rows. */
export const pairRows = (rows: readonly (Figures & { name: string })[], pair: PairKey): Named[] =>
  rows.map((r) => ({ name: r.name, supply: r[pair].supply, demand: r[pair].demand }))

/** Horizontal bars need room per row; the rest is legend and axis. */
export function chartHeight(rows: number, perRow = 28): number {
  return Math.max(160, 70 + rows * perRow)
}

// Long chain names would squeeze the bars on a phone; the full name stays in the tooltip and the table.
const shortLabel = (value: string) => (value.length > 6 ? `${value.slice(0, 6)}…` : value)

function categoryAxis(names: string[]) {
  // inverse: the first row of the report is drawn at the top, as it reads in the table below.
  return { type: 'category' as const, data: names, inverse: true, axisLabel: { formatter: shortLabel, fontSize: 11 }, axisTick: { show: false } }
}

// Fewer ticks, and ECharts drops a tick label rather than overlap it on a phone-width axis.
const valueAxis = { type: 'value' as const, minInterval: 1, splitNumber: 4, axisLabel: { fontSize: 10, hideOverlap: true } }

// ECharts 6 keeps axis labels inside the canvas by default (grid.outerBounds), so no containLabel.
const grid = { left: 8, right: 40, top: 36, bottom: 8 }
const gapGrid = { ...grid, top: 8 }

/** The legend of a pair's two sides. */
export const pairLegend = (pair: PairKey): [string, string] => [PAIR_LABELS[pair].supply, PAIR_LABELS[pair].demand]

/** Supply against demand per row (chain, city, major or year), two bars each. */
export function supplyDemandOption(rows: Named[], [supply, demand]: readonly [string, string] = pairLegend('talent')): EChartOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, renderMode: 'richText' },
    legend: { top: 0, data: [supply, demand] },
    grid,
    xAxis: valueAxis,
    yAxis: categoryAxis(rows.map((r) => r.name)),
    series: [
      { name: supply, type: 'bar', data: rows.map((r) => r.supply), itemStyle: { color: SUPPLY_COLOUR }, barGap: '10%' },
      { name: demand, type: 'bar', data: rows.map((r) => r.demand), itemStyle: { color: DEMAND_COLOUR } },
    ],
  }
}

/**
 * Gap = supply − demand per row: red bars to the left are shortages, blue to the right surpluses.
 * No legend: one swatch cannot show both colours, and the heading above the chart says what they mean.
 */
export function gapOption(rows: Named[]): EChartOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, renderMode: 'richText' },
    grid: gapGrid,
    xAxis: valueAxis,
    yAxis: categoryAxis(rows.map((r) => r.name)),
    series: [
      {
        name: '缺口（供给 − 需求）',
        type: 'bar',
        itemStyle: { color: SURPLUS_COLOUR },
        label: { show: true, position: 'right', fontSize: 10 },
        data: rows.map((r) => {
          const gap = r.supply - r.demand
          return { value: gap, itemStyle: { color: gap < 0 ? SHORTAGE_COLOUR : SURPLUS_COLOUR } }
        }),
      },
    ],
  }
}

/** The report's three charts for one pair: per chain and per city supply against demand, and the per-city gap. */
export function reportCharts(report: SupplyDemandReport, pair: PairKey = 'talent') {
  const chains = pairRows(report.chains, pair)
  const cities = pairRows(report.cities, pair)
  return {
    chains: { option: supplyDemandOption(chains, pairLegend(pair)), height: chartHeight(chains.length * 2, 18) },
    cities: { option: supplyDemandOption(cities, pairLegend(pair)), height: chartHeight(cities.length * 2, 18) },
    cityGap: { option: gapOption(cities), height: chartHeight(cities.length, 24) },
  }
}

/** One series of bars (e.g. head-count by skill), largest first as given. */
export function barsOption(rows: { name: string; value: number }[], name: string): EChartOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, renderMode: 'richText' },
    grid: gapGrid,
    xAxis: valueAxis,
    yAxis: categoryAxis(rows.map((r) => r.name)),
    series: [{ name, type: 'bar', data: rows.map((r) => r.value), itemStyle: { color: DEMAND_COLOUR }, label: { show: true, position: 'right', fontSize: 10 } }],
  }
}
