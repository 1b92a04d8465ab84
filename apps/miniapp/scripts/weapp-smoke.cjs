/**
 * Runs the built mini-program (dist/weapp) in Node with a minimal `wx`, `App` and `Page`, opens the home
 * page, forwards its wx.request calls to a running BFF, and checks what the page hands to setData.
 * It proves the WeChat bundle boots and renders outside the browser build (zod without eval, the
 * request path, the page tree); WXML and styles are checked by WeChat's tools, not here.
 *
 *   npm run build:weapp -w @zhilian/miniapp && node apps/miniapp/scripts/weapp-smoke.cjs http://127.0.0.1:3000
 */
const { cpSync, mkdtempSync, rmSync, writeFileSync } = require('node:fs')
const { tmpdir } = require('node:os')
const path = require('node:path')

const bff = (process.argv[2] ?? 'http://127.0.0.1:3000').replace(/\/$/, '')
// The bundle is CommonJS, but this workspace is "type": "module": run a copy outside it.
const dist = mkdtempSync(path.join(tmpdir(), 'weapp-smoke-'))
cpSync(path.join(__dirname, '../dist/weapp'), dist, { recursive: true })
writeFileSync(path.join(dist, 'package.json'), '{"type":"commonjs"}')

const fail = (message) => {
  console.error(`weapp smoke: FAILED — ${message}`)
  rmSync(dist, { recursive: true, force: true })
  process.exit(1)
}
const noop = () => {}
const storage = {}
const requested = []
const wxApi = {
  webpackJsonp: undefined,
  request(opts) {
    // Built without TARO_APP_API_BASE the URL is relative; point it at the BFF given on the command line.
    const url = /^https?:/.test(opts.url) ? opts.url : bff + opts.url
    requested.push(new URL(url).pathname)
    fetch(url, { method: opts.method, headers: opts.header, body: opts.data === undefined ? undefined : JSON.stringify(opts.data) })
      .then(async (res) => opts.success?.({ statusCode: res.status, data: await res.json().catch(() => null), header: {} }))
      .catch((err) => opts.fail?.({ errMsg: String(err) }))
    return { abort: noop }
  },
  getStorageSync: (key) => storage[key] ?? '',
  setStorageSync: (key, value) => { storage[key] = value },
  removeStorageSync: (key) => { delete storage[key] },
  getSystemInfoSync: () => ({ platform: 'devtools', windowWidth: 375, pixelRatio: 2, SDKVersion: '3.0.0' }),
}
// Any other wx.* the runtime touches is a no-op.
global.wx = new Proxy(wxApi, { get: (target, key) => (key in target ? target[key] : noop) })
let app
let pageConfig
let page
global.App = (config) => { app = config }
global.getApp = () => app
global.Page = (config) => { pageConfig = config }
global.Component = (config) => config
global.getCurrentPages = () => (page ? [page] : [])
global.requirePlugin = noop

require(path.join(dist, 'app.js'))
app.onLaunch?.({ path: 'pages/home/index', query: {} })
require(path.join(dist, 'pages/home/index.js'))
const rendered = {}
page = Object.assign(Object.create(pageConfig), {
  route: 'pages/home/index',
  options: {},
  data: {},
  setData(data, callback) { Object.assign(rendered, data); callback?.() },
})
page.onLoad({})
page.onShow?.()

const deadline = Date.now() + 15_000
;(async () => {
  const expected = await (await fetch(`${bff}/api/stats/home`)).json()
  const names = expected.chains.map((c) => c.name)
  for (;;) {
    const tree = JSON.stringify(rendered)
    if (names.length > 0 && names.every((name) => tree.includes(name)) && tree.includes('职业教育赋能标志性产业链')) {
      if (!requested.includes('/api/stats/home')) fail('the page rendered chains without asking /api/stats/home')
      const candidates = expected.chains.filter((c) => c.status === 'candidate').length
      if (candidates > 0 && !tree.includes('待确认')) fail('candidate chains are not marked 待确认')
      console.log(`weapp smoke: ok — home rendered ${names.length} chains from ${bff}/api/stats/home (setData ${tree.length} bytes)`)
      rmSync(dist, { recursive: true, force: true })
      process.exit(0)
    }
    if (Date.now() > deadline) fail(`home page did not render the chains; requests made: ${requested.join(', ') || 'none'}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
})().catch((error) => fail(String(error)))
