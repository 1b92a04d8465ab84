/**
 * The navigation rules the simulated `wx` enforces (lib/weapp/wx.ts), as WeChat's client does: a page must be
 * in app.json, a tab page opens only with switchTab (and without a query), other pages never with switchTab.
 */
import { expect, test } from 'vitest'
import type { WeappBuild } from '../lib/weapp/build'
import { installWx, type Device } from '../lib/weapp/wx'

const build: WeappBuild = {
  dir: '/nowhere',
  app: { pages: [] },
  pages: ['pages/home/index', 'pages/job-detail/index', 'pkg-admin/review/index'],
  tabs: [{ pagePath: 'pages/home/index', text: '首页' }],
}

async function navigate(api: string, url: string) {
  const device: Device = { storage: new Map(), navigations: [], requests: [], inFlight: 0, errors: [] }
  const wx: Record<string, unknown> = {}
  installWx(wx, build, 'http://127.0.0.1:9', device)
  const errMsg = await new Promise<string>((resolve) => {
    const call = wx[api] as (o: object) => void
    call({ url, success: (r: { errMsg: string }) => resolve(r.errMsg), fail: (r: { errMsg: string }) => resolve(r.errMsg) })
  })
  return { errMsg, navigations: device.navigations, errors: device.errors }
}

test('pages that exist open with the call WeChat expects for them', async () => {
  expect(await navigate('navigateTo', '/pages/job-detail/index?id=1')).toEqual({
    errMsg: 'navigateTo:ok', navigations: [{ api: 'navigateTo', url: '/pages/job-detail/index?id=1' }], errors: [],
  })
  expect((await navigate('switchTab', '/pages/home/index')).errMsg).toBe('switchTab:ok')
  expect((await navigate('redirectTo', '/pkg-admin/review/index')).errMsg).toBe('redirectTo:ok')
})

test('the calls WeChat refuses fail and are reported as errors', async () => {
  for (const [api, url] of [
    ['navigateTo', '/pages/home/index'],
    ['redirectTo', '/pages/home/index'],
    ['switchTab', '/pages/job-detail/index'],
    ['switchTab', '/pages/home/index?tab=1'],
    ['navigateTo', '/pages/missing/index'],
    ['navigateTo', 'pages/job-detail/index'],
  ] as const) {
    const { errMsg, errors } = await navigate(api, url)
    expect(errMsg, `${api} ${url}`).toMatch(new RegExp(`^${api}:fail`))
    expect(errors).toEqual([errMsg])
  }
})
