/**
 * The built mini-program run by WeChat's component test runtime (miniprogram-simulate on j-component, WXML
 * compiled by the wcc binary in miniprogram-compiler) in vitest's jsdom, against a real BFF.
 *
 * What WeChat's client would provide and the simulator does not is shimmed here and only here
 * (docs/decisions/024-weapp-render-tests.md): `App`/`getApp`, `Page` registered as a `Component` whose
 * lifetimes call the page's onLoad/onShow/onReady/onUnload, `getCurrentPages`, and the `wx` parts in wx.ts.
 * Each launch is a cold start: the bundle's modules are required afresh, as when WeChat opens the app.
 */
import { createRequire } from 'node:module'
import { inspect } from 'node:util'
import { weappBuild, type WeappBuild } from './build'
import { SimPage, type Lifecycle, type RootComponent } from './page'
import { installWx, type Device } from './wx'

const require = createRequire(import.meta.url)

interface Simulate {
  load(path: string, options: { rootPath: string; compilerOptions: { maxBuffer: number } }): string
  render(id: string): RootComponent
}
type ComponentOptions = Record<string, unknown>
type Globals = Record<string, unknown> & { wx: Record<string, unknown>; Component: (options: ComponentOptions) => void }

const g = globalThis as unknown as Globals
// Loaded once per test file: it registers WeChat's built-in components and mocks `wx`.
const simulate = require('miniprogram-simulate') as Simulate
const simulateUtils = require('miniprogram-simulate/src/utils') as { runJs: (file: string) => void }
const registerComponent = g.Component

/** A new device: nothing stored, nothing recorded. `openid` is the WeChat user wx.login speaks for. */
export function newDevice(openid = 'o_visitor'): Device & { openid: string } {
  return { openid, storage: new Map(), navigations: [], requests: [], inFlight: 0, errors: [] }
}

let running: MiniProgram | undefined

// The bundle's webpack runtime runs each module once, so a second page that uses `comp` would not call
// Component() for it again; within one launch, a file already run re-registers the options it gave.
simulateUtils.runJs = ((run) => (file: string) => {
  const program = running
  const known = program?.registered.get(file)
  if (known) return registerComponent(known)
  if (program) program.runningFile = file
  run(file)
})(simulateUtils.runJs)

export class MiniProgram {
  /** Component options each bundle file registered in this launch. */
  readonly registered = new Map<string, ComponentOptions>()
  runningFile = ''
  private readonly build: WeappBuild
  private readonly pages: SimPage[] = []
  private launching?: { route: string; query: Record<string, string> }
  private app?: Record<string, (...args: unknown[]) => unknown>
  private readonly consoleError = console.error
  private readonly rejected = (reason: unknown) => void this.device.errors.push(`unhandled rejection: ${inspect(reason)}`)

  private constructor(readonly device: Device & { openid: string }, readonly bff: { url: string; wechat: string }) {
    this.build = weappBuild()
  }

  /** A cold start of the built app on this device (sign-in state is whatever its storage holds). */
  static launch(device: Device & { openid: string }, bff: { url: string; wechat: string }): MiniProgram {
    running?.close()
    const program = new MiniProgram(device, bff)
    running = program
    program.start()
    return program
  }

  /** The app launched last and not closed. */
  static current(): MiniProgram {
    if (!running) throw new Error('no mini-program is running')
    return running
  }

  private start() {
    const { dir } = this.build
    for (const key of Object.keys(require.cache)) if (key.startsWith(dir)) delete require.cache[key]
    g.wx.webpackJsonp = undefined
    installWx(g.wx, this.build, this.bff.url, this.device)
    g.wx.login = (options: { success?: (r: unknown) => void; fail?: (r: unknown) => void }) => {
      // A real code from the fake WeChat server, for this device's user.
      fetch(`${this.bff.wechat}/__fake/code?openid=${encodeURIComponent(this.device.openid)}`)
        .then(async (res) => options.success?.({ code: ((await res.json()) as { code: string }).code, errMsg: 'login:ok' }))
        .catch((error: unknown) => options.fail?.({ errMsg: `login:fail ${String(error)}` }))
    }
    process.on('unhandledRejection', this.rejected)
    console.error = (...args: unknown[]) => {
      this.device.errors.push(args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 4 }))).join(' '))
      this.consoleError(...args)
    }
    g.App = (config: Record<string, (...args: unknown[]) => unknown>) => { this.app = config }
    g.getApp = () => this.app
    g.getCurrentPages = () => this.pages.map((p) => p.instance)
    g.requirePlugin = () => ({})
    g.Page = (config: ComponentOptions) => this.registerPage(config)
    g.Component = (options: ComponentOptions) => {
      this.registered.set(this.runningFile, options)
      registerComponent(options)
    }
    require(`${dir}/app.js`)
    if (!this.app) throw new Error('app.js did not call App()')
    const entry = { path: this.build.pages[0], query: {}, scene: 1001 }
    this.app.onLaunch?.call(this.app, entry)
    this.app.onShow?.call(this.app, entry)
  }

  /** Page(config) as WeChat runs it, expressed as the Component() the simulator understands. */
  private registerPage(config: ComponentOptions) {
    const methods = Object.fromEntries(Object.entries(config).filter(([, v]) => typeof v === 'function'))
    const program = this
    g.Component({
      data: config.data,
      methods,
      lifetimes: {
        attached(this: Lifecycle) {
          const { route, query } = program.launching ?? { route: '', query: {} }
          this.route = route
          this.options = query
          this.onLoad(query)
          this.onShow()
        },
        ready(this: Lifecycle) { this.onReady() },
        detached(this: Lifecycle) { this.onUnload() },
      },
    })
  }

  /** Opens a page by its URL ("/pages/jobs/index?x=1"), on top of the stack, as navigateTo would. */
  open(url: string): SimPage {
    const [path = '', search = ''] = url.replace(/^\//, '').split('?')
    if (!this.build.pages.includes(path)) throw new Error(`no page ${path} in app.json`)
    const query = Object.fromEntries(new URLSearchParams(search))
    this.pages.at(-1)?.instance.onHide()
    this.launching = { route: path, query }
    const id = simulate.load(`${this.build.dir}/${path}`, { rootPath: this.build.dir, compilerOptions: { maxBuffer: 64 * 1024 * 1024 } })
    const root = simulate.render(id)
    const page = new SimPage(path, root, this.device)
    page.attach()
    this.launching = undefined
    this.pages.push(page)
    return page
  }

  /** A tap on the native tab bar: the shown page hides, the tab's page opens or shows again. */
  tapTab(text: string): SimPage {
    const tab = this.build.tabs.find((t) => t.text === text)
    if (!tab) throw new Error(`no tab "${text}" in app.json`)
    const current = this.pages.at(-1)
    current?.instance.onTabItemTap?.({ index: this.build.tabs.indexOf(tab), pagePath: tab.pagePath, text })
    const open = this.pages.find((p) => p.route === tab.pagePath)
    if (!open) return this.open(`/${tab.pagePath}`)
    current?.instance.onHide()
    this.pages.splice(this.pages.indexOf(open), 1)
    this.pages.push(open)
    open.instance.onShow()
    return open
  }

  close() {
    while (this.pages.length) this.pages.pop()?.detach()
    console.error = this.consoleError
    process.off('unhandledRejection', this.rejected)
    g.Component = registerComponent
    if (running === this) running = undefined
  }
}
