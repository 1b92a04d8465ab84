/**
 * A setup file, after setup.ts (which sets the globals Taro's components read when first imported). The `miniapp`
 * project runs without isolation (decision 103): the files of one worker share jsdom's window and every module but
 * the test file and the setup files, which run again per file. What one file leaves there must not reach the next:
 * the app's module-level caches, the URL a page was opened at, fake timers and stubbed globals.
 */
import { afterAll, vi } from 'vitest'
import { forgetDemoMode } from '../api/health'
import { forgetMajorNames } from '../components/list-form/major-names'

afterAll(() => {
  forgetDemoMode()
  forgetMajorNames()
  window.history.replaceState(null, '', '/')
  window.sessionStorage.clear()
  document.body.replaceChildren()
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
})
