/**
 * One rendered page of the simulated mini-program: its WXML as DOM (j-component renders `wx-view`,
 * `wx-text`, …), taps delivered as WeChat's `tap` event, and the class names it renders.
 */
import { createRequire } from 'node:module'
import type { Device } from './wx'

const require = createRequire(import.meta.url)

/** The page instance (`this` in Page lifecycles) as the shim drives it. */
export interface Lifecycle {
  route: string
  options: Record<string, string>
  onLoad(query: Record<string, string>): void
  onShow(): void
  onReady(): void
  onHide(): void
  onUnload(): void
  onTabItemTap?(item: { index: number; pagePath: string; text: string }): void
}

export interface RootComponent {
  dom: HTMLElement
  instance: Lifecycle
  attach(parent: Element): void
  detach(): void
}

interface WxNode { __wxElement?: unknown }
interface Exparser {
  Event: {
    create(name: string, detail: object, options: object): unknown
    dispatchEvent(target: unknown, event: unknown): void
  }
}
// The instance j-component renders with, so the event reaches its listeners.
const exparser = createRequire(require.resolve('j-component'))('miniprogram-exparser') as Exparser

// j-component prefixes each class with the tag name of the component whose template holds it.
const CLASS_PREFIX = /^(main|comp|custom-wrapper)--/
const POLL_MS = 50

export class SimPage {
  private readonly host = document.createElement('page-host')

  constructor(readonly route: string, private readonly root: RootComponent, private readonly device: Device) {}

  get instance(): Lifecycle { return this.root.instance }
  get text(): string { return this.root.dom.textContent ?? '' }

  attach() {
    document.body.appendChild(this.host)
    this.root.attach(this.host)
  }

  detach() {
    this.root.detach()
    this.host.remove()
  }

  /**
   * Resolves when the page shows `target` (a text, or `.class`), inside the smallest element that also shows
   * `within` when given; fails with what the page shows instead.
   */
  async waitFor(target: string, within?: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs
    while (!this.find(target, within)) {
      if (Date.now() > deadline) throw new Error(`${this.route} does not show "${target}"; it shows: ${this.text.slice(0, 600)}`)
      await sleep(POLL_MS)
    }
  }

  /** Resolves once no request is in flight and the rendered text has not changed for a moment. */
  async settle(quietMs = 300, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs
    let last = this.text
    let quietSince = Date.now()
    while (Date.now() - quietSince < quietMs) {
      if (Date.now() > deadline) throw new Error(`${this.route} kept changing or requesting for ${timeoutMs} ms`)
      await sleep(POLL_MS)
      if (this.device.inFlight > 0 || this.text !== last) {
        last = this.text
        quietSince = Date.now()
      }
    }
  }

  /**
   * Taps, as a finger would, the first element with class `.name`, or the innermost element whose text is
   * `text` (or contains it), inside the smallest element that also shows `within` when given; the tap
   * bubbles to the element that listens.
   */
  tap(target: string, within?: string): void {
    const element = this.find(target, within)
    if (!element) throw new Error(`${this.route} has nothing to tap showing "${target}"; it shows: ${this.text.slice(0, 600)}`)
    const node = (element as unknown as WxNode).__wxElement
    if (!node) throw new Error(`"${target}" on ${this.route} is not a rendered WXML node`)
    const original = new CustomEvent('tap')
    exparser.Event.dispatchEvent(node, exparser.Event.create('tap', { x: 0, y: 0 }, {
      originalEvent: original, bubbles: true, capturePhase: true, composed: true, extraFields: { touches: [], changedTouches: [] },
    }))
  }

  /** Every class name the page renders, without j-component's per-template prefix. */
  classes(): Set<string> {
    const names = new Set<string>()
    for (const element of this.root.dom.querySelectorAll('*')) {
      for (const name of element.classList) names.add(name.replace(CLASS_PREFIX, ''))
    }
    return names
  }

  private find(target: string, within?: string): Element | undefined {
    const scope = within ? this.innermost(within, (e) => this.findIn(target, e) !== undefined)[0] : this.root.dom
    return scope && this.findIn(target, scope)
  }

  private findIn(target: string, scope: Element): Element | undefined {
    if (target.startsWith('.')) {
      const name = target.slice(1)
      return [...scope.querySelectorAll('*')].find((e) => [...e.classList].some((c) => c.replace(CLASS_PREFIX, '') === name))
    }
    const innermost = this.innermost(target, () => true, scope)
    return innermost.find((e) => e.textContent?.trim() === target) ?? innermost[0]
  }

  /** Elements showing `text` (and passing `keep`) none of whose children do: the ones holding it, not the cards around them. */
  private innermost(text: string, keep: (e: Element) => boolean, scope: Element = this.root.dom): Element[] {
    const all = [...scope.querySelectorAll('*')].filter((e) => e.textContent?.includes(text) && keep(e))
    return all.filter((e) => ![...e.children].some((child) => all.includes(child)))
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
