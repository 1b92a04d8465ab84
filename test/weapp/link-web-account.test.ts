/**
 * 关联网页账号 (decision 066) lives only in the WeChat build: a student whom 微信一键登录 just made (no account name)
 * sees the form on 账号安全, styled by the page's own wxss; the seeded demo student, who has a name, does not.
 * The form's behaviour against the BFF is held by apps/miniapp's LinkWebAccountForm.test.tsx and the BFF's tests.
 */
import { expect, inject, test } from 'vitest'
import { weappBuild } from '../lib/weapp/build'
import { MiniProgram, newDevice } from '../lib/weapp/mini-program'
import { styleIndex, unstyledOn } from '../lib/weapp/styles'
import { ACCOUNTS } from './pages'

const bff = { url: inject('bff'), wechat: inject('wechat') }
const styles = styleIndex(weappBuild().dir)
const ROUTE = 'pages/account/index'

/** Signs the WeChat user in with 微信一键登录, then opens 账号安全 on a cold-started app. */
async function accountPageOf(openid: string, check: (page: ReturnType<MiniProgram['open']>) => Promise<void>) {
  const device = newDevice(openid)
  const login = MiniProgram.launch(device, bff)
  try {
    const page = login.open('/pages/login/index')
    await page.waitFor('微信一键登录')
    page.tap('微信一键登录')
    await page.settle()
    expect(device.requests).toContainEqual({ method: 'POST', path: '/api/auth/wechat', status: 200 })
  } finally {
    login.close()
  }
  const app = MiniProgram.launch(device, bff)
  try {
    const page = app.open(`/${ROUTE}`)
    await page.waitFor('网页登录账号名')
    await check(page)
    await page.settle()
    expect(device.requests.filter((r) => r.status >= 400 || r.status === 0), 'requests that failed').toEqual([])
    expect(device.errors, 'errors on the console').toEqual([])
  } finally {
    app.close()
  }
}

test('a student 微信一键登录 just made is offered 关联网页账号 beside 设置网页登录', async () => {
  await accountPageOf('o_weapp_link_new', async (page) => {
    await page.waitFor('网页账号密码')
    await page.waitFor('设置网页登录')
    expect(page.text).toContain('已在手机浏览器中注册过账号？')
    expect(unstyledOn(styles, ROUTE, page.classes()), 'classes styled only in another page’s wxss').toEqual([])
  })
})

test('the demo student, who has an account name, is not', async () => {
  await accountPageOf(ACCOUNTS.student, async (page) => {
    await page.waitFor('修改密码')
    expect(page.text).not.toContain('关联网页账号')
  })
})
