import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// @tarojs/components' React wrappers read this build-time global directly.
Object.assign(globalThis, { DEPRECATED_ADAPTER_COMPONENT: false })
// jsdom lays nothing out and has no scrollIntoView, which Taro's ScrollView calls for its scrollIntoView prop (the
// browser tests check where things land).
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {}

afterEach(() => {
  cleanup()
  window.localStorage.clear()
})
