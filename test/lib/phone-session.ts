/**
 * One platform (fresh embedded database) and one phone browser per test file: registers the
 * hooks that start and stop them. Read `platform` and `context` inside tests, after beforeAll ran.
 */
import { afterAll, beforeAll } from 'vitest'
import type { Browser, BrowserContext } from 'playwright-core'
import { launchPhone } from './browser'
import { startPlatform, type RunningPlatform } from './platform'

export interface PhoneSession { readonly platform: RunningPlatform; readonly context: BrowserContext }

export function phoneSession(): PhoneSession {
  let platform: RunningPlatform | undefined
  let browser: Browser | undefined
  let context: BrowserContext | undefined
  beforeAll(async () => {
    platform = await startPlatform()
    ;({ browser, context } = await launchPhone())
  }, 240_000)
  afterAll(async () => {
    await browser?.close()
    await platform?.stop()
  })
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('phoneSession: used before beforeAll started the platform')
    return value
  }
  return {
    get platform() { return started(platform) },
    get context() { return started(context) },
  }
}
