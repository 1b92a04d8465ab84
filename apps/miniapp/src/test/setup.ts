import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

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
