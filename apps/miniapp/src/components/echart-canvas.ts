/**
 * What ECharts needs from a canvas, for both builds. On H5 the selector query hands back a real
 * HTMLCanvasElement and zrender draws on it directly (single-canvas mode). The mini-program's
 * `type='2d'` canvas node has a 2D context and width/height but no DOM, so it is wrapped the way
 * Apache's echarts-for-weixin (ec-canvas / WxCanvas) does: no `nodeName` (zrender then treats it as
 * its only canvas), no-op event hooks (touches are forwarded by EChart), and the platform's
 * createCanvas pointed at it, because zrender measures text on a canvas it creates itself and the
 * mini-program's `document.createElement('canvas')` (Taro's stand-in) has no context.
 */
import { setPlatformAPI } from 'echarts/core'

/** The part of a canvas node both the browser and the mini-program give us. */
export interface CanvasNode {
  width: number
  height: number
  getContext(type: '2d'): CanvasRenderingContext2D | null
}

/** A mini-program canvas node dressed as the canvas zrender expects (the WxCanvas shape). */
class MiniProgramCanvas {
  constructor(
    private readonly node: CanvasNode,
    private readonly ctx: CanvasRenderingContext2D,
  ) {}

  getContext(type: string) {
    return type === '2d' ? this.ctx : null
  }

  get width() {
    return this.node.width
  }
  set width(w: number) {
    this.node.width = w
  }
  get height() {
    return this.node.height
  }
  set height(h: number) {
    this.node.height = h
  }

  // zrender and ECharts look for these on a DOM canvas; touches reach the chart through EChart instead.
  addEventListener() {}
  removeEventListener() {}
  attachEvent() {}
  detachEvent() {}
}

/** The node's 2D context, or null where there is none (jsdom answers undefined, an old base library has no getContext). */
export function context2d(node: unknown): CanvasRenderingContext2D | null {
  const candidate = node as Partial<CanvasNode> | null
  if (!candidate || typeof candidate.getContext !== 'function') return null
  try {
    return candidate.getContext('2d') ?? null
  } catch {
    return null // some runtimes throw rather than answer null
  }
}

/**
 * The object to hand to `echarts.init` for this build. On the mini-program it also becomes the
 * canvas zrender creates for measuring text (ec-canvas's setCanvasCreator, now setPlatformAPI).
 */
export function chartTarget(node: CanvasNode, ctx: CanvasRenderingContext2D, isH5: boolean): HTMLCanvasElement {
  if (isH5) return node as unknown as HTMLCanvasElement
  const canvas = new MiniProgramCanvas(node, ctx)
  setPlatformAPI({ createCanvas: () => canvas as unknown as HTMLCanvasElement })
  return canvas as unknown as HTMLCanvasElement
}
