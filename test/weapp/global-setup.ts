/**
 * One platform for the weapp suites: the real BFF with the demo seed on an embedded database in a temp
 * folder (test/lib/platform.ts), signing WeChat users in through the fake WeChat server started here.
 */
import { startFakeWeChat } from '@zhilian/wechat-fake'
import type { TestProject } from 'vitest/node'
import { startPlatform } from '../lib/platform'

declare module 'vitest' {
  export interface ProvidedContext { bff: string; wechat: string }
}

const appid = 'wx-weapp-suite'
const secret = 'weapp-suite-secret'

export default async function setup(project: TestProject) {
  const wechat = await startFakeWeChat({ appid, secret })
  const platform = await startPlatform({ WECHAT_APPID: appid, WECHAT_SECRET: secret, WECHAT_API_BASE: wechat.url })
  project.provide('bff', platform.url)
  project.provide('wechat', wechat.url)
  return async () => {
    await platform.stop()
    await wechat.close()
  }
}
