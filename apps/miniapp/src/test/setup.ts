import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, vi } from 'vitest'
import { forgetDemoMode } from '../api/health'
import { forgetMajorNames } from '../components/list-form/MajorName'

// @tarojs/components' React wrappers read this build-time global directly.
Object.assign(globalThis, { DEPRECATED_ADAPTER_COMPONENT: false })
// jsdom lays nothing out and has no scrollIntoView, which Taro's ScrollView calls for its scrollIntoView prop (the
// browser tests check where things land).
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {}

// find*/waitFor wait 5 s, not Testing Library's 1 s: a page's first answer can take longer on a loaded machine (the
// login page's demo cards missed the 1 s at load 25). Real-BFF files wait longer still (src/test/real-bff.ts).
configure({ asyncUtilTimeout: 5_000 })

afterEach(() => {
  cleanup()
  window.localStorage.clear()
})

// The project runs without isolation (decision 103): the files of one worker share jsdom's window and every module
// but the test file and this one, which run again per file. What one file leaves there must not reach the next:
// the app's module-level caches, the URL a page was opened at, fake timers and stubbed globals.
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
