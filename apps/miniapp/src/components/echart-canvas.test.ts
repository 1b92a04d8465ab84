/**
 * The mini-program path of EChart: with a `wx` global zrender runs in its mini-program mode (it
 * checks `wx` before any DOM), and ECharts must draw the report's bars through MiniProgramCanvas onto a canvas node that
 * only has width, height and a 2D context — the shape `type='2d'` canvas nodes have in WeChat.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

type Call = { name: string; args: unknown[]; fillStyle?: unknown }

/** A 2D context that records what is drawn; measureText answers a fixed width per character. */
function recordingContext() {
  const calls: Call[] = []
  const state: Record<string | symbol, unknown> = {}
  const ctx = new Proxy(state, {
    get(target, key) {
      if (key in target) return target[key]
      if (key === 'measureText') return (text: string) => (calls.push({ name: key, args: [text] }), { width: text.length * 7 })
      if (key === 'createLinearGradient' || key === 'createRadialGradient' || key === 'createPattern') return () => ({ addColorStop() {} })
      if (key === 'getLineDash') return () => []
      if (typeof key === 'symbol' || key === 'then') return undefined
      return (...args: unknown[]) => void calls.push({ name: key, args, fillStyle: target.fillStyle })
    },
    set(target, key, value) {
      target[key] = value
      return true
    },
  })
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls }
}

beforeAll(() => {
  // What zrender's environment check looks for before it is first imported.
  Object.assign(globalThis, { wx: { getSystemInfoSync: () => ({ pixelRatio: 2 }) } })
})
afterAll(() => {
  delete (globalThis as { wx?: unknown }).wx
})

describe('ECharts on a mini-program canvas node', () => {
  it('draws the report bars through the WxCanvas-style adapter, measuring text on the same context', async () => {
    const { default: env } = await import('zrender/lib/core/env.js')
    expect(env.wxa).toBe(true)
    const [{ chartTarget }, { init, use }, { BarChart }, { GridComponent, LegendComponent, TooltipComponent }, { CanvasRenderer }, { supplyDemandOption }] = await Promise.all([
      import('./echart-canvas'),
      import('echarts/core'),
      import('echarts/charts'),
      import('echarts/components'),
      import('echarts/renderers'),
      import('../pkg-province/report/chart-options'),
    ])
    use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])
    const { ctx, calls } = recordingContext()
    const node = { width: 300, height: 150, getContext: () => ctx }

    const target = chartTarget(node, ctx, false)
    const chart = init(target, undefined, { width: 320, height: 200, devicePixelRatio: 2 })
    const option = supplyDemandOption([
      { name: '高端装备', supply: 900, demand: 1200 },
      { name: '现代海洋', supply: 300, demand: 150 },
    ], ['毕业生', '岗位需求'])
    chart.setOption(option)
    chart.getZr().refreshImmediately()

    // The node was sized for the device pixel ratio, as zrender's single-canvas mode does.
    expect([node.width, node.height]).toEqual([640, 400])
    // zrender measured label widths on the mini-program context (Taro's document has no real canvas).
    expect(calls.some((c) => c.name === 'measureText')).toBe(true)
    const texts = calls.filter((c) => c.name === 'fillText').map((c) => c.args[0])
    expect(texts).toEqual(expect.arrayContaining(['高端装备', '现代海洋', '毕业生', '岗位需求']))
    // Bars are filled paths in the series colours (legend swatches included).
    const fills = new Set(calls.filter((c) => c.name === 'fill' || c.name === 'fillRect').map((c) => c.fillStyle))
    expect(fills).toContain('#0b5cad')
    expect(fills).toContain('#f59e0b')
    chart.dispose()
  })
})
