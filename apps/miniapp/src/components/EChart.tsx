import Taro from '@tarojs/taro'
import { Canvas, View } from '@tarojs/components'
import type { CanvasTouchEvent } from '@tarojs/components/types/common'
import { BarChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import type { ComposeOption, ECharts } from 'echarts/core'
import { init, use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import type { BarSeriesOption } from 'echarts/charts'
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components'
import { useEffect, useRef, type ReactNode } from 'react'
import { chartTarget, context2d, type CanvasNode } from './echart-canvas'
import './EChart.css'

// Only what the charts here draw is registered, so the bundle carries only those parts of ECharts.
use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])

/** The options the registered parts understand; add a chart or component above before using it. */
export type EChartOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>

export interface EChartProps {
  option: EChartOption
  /** Height in px; the chart takes the full width of its container. */
  height: number
  /** What the chart shows, for screen readers (the canvas itself is hidden from them). */
  label: string
  /** The same figures as text: read by screen readers, printed, and all there is where no canvas exists. */
  children?: ReactNode
}

const isH5 = process.env.TARO_ENV === 'h5'
let nextId = 0

function devicePixelRatio(): number {
  if (isH5) return window.devicePixelRatio || 1
  const info = typeof Taro.getWindowInfo === 'function' ? Taro.getWindowInfo() : Taro.getSystemInfoSync()
  return info.pixelRatio || 1
}

type Found = { node: CanvasNode | null; width: number; height: number }

/** The mini-program's canvas node and its laid-out size, once the page has rendered it. */
function queryCanvas(id: string): Promise<Found | null> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true }, () => undefined)
      .exec((res: Array<{ node?: CanvasNode; width?: number; height?: number } | null>) => {
        const hit = res?.[0]
        resolve(hit ? { node: hit.node ?? null, width: hit.width ?? 0, height: hit.height ?? 0 } : null)
      })
  })
}

/**
 * An Apache ECharts chart in both builds. The mini-program gets a `type='2d'` Canvas whose node is
 * adapted in echart-canvas.ts. H5 gets a plain <canvas>: Taro's H5 Canvas resets its inner canvas's
 * size on every re-render (which would wipe the chart), and its selector query throws outside a
 * loaded page. Where no 2D context exists (jsdom) the chart is skipped and only the text
 * alternative remains.
 */
export function EChart({ option, height, label, children }: EChartProps) {
  const id = useRef(`echart-${++nextId}`).current
  const chart = useRef<ECharts | null>(null)
  const h5Canvas = useRef<HTMLCanvasElement>(null)
  const latest = useRef(option)
  latest.current = option

  useEffect(() => {
    let cancelled = false
    const locate = (): Promise<Found | null> => {
      const c = h5Canvas.current
      return isH5 ? Promise.resolve(c && { node: c, width: c.clientWidth, height: c.clientHeight }) : queryCanvas(id)
    }
    // Wait one tick so the mini-program has put the canvas node in the page before it is queried.
    Taro.nextTick(() => {
      void locate().then((found) => {
        const ctx = found && context2d(found.node)
        if (cancelled || !found?.node || !ctx) return
        const width = found.width || 320
        const target = chartTarget(found.node, ctx, isH5)
        const instance = init(target, undefined, { width, height: found.height || height, devicePixelRatio: devicePixelRatio() })
        instance.setOption(latest.current)
        chart.current = instance
      })
    })
    return () => {
      cancelled = true
      chart.current?.dispose()
      chart.current = null
    }
  }, [id, height])

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true })
  }, [option])

  // The mini-program canvas has no DOM listeners: pass its touches on so taps show the tooltip.
  const touch = (name: 'mousedown' | 'mousemove' | 'mouseup' | 'click') => (e: CanvasTouchEvent) => {
    const point = e.touches[0] ?? e.changedTouches?.[0]
    if (!point) return
    chart.current?.getZr().handler.dispatch(name, { zrX: point.x, zrY: point.y })
  }
  const touches = isH5
    ? {}
    : {
        onTouchStart: touch('mousedown'),
        onTouchMove: touch('mousemove'),
        onTouchEnd: (e: CanvasTouchEvent) => {
          touch('mouseup')(e)
          touch('click')(e)
        },
      }

  const style = { width: '100%', height: `${height}px`, display: 'block' }
  return (
    <View className='echart' aria-label={label}>
      {isH5 ? (
        <canvas ref={h5Canvas} id={id} className='echart__canvas' style={style} aria-hidden />
      ) : (
        <Canvas type='2d' id={id} className='echart__canvas' style={style} aria-hidden {...touches} />
      )}
      {children}
    </View>
  )
}
