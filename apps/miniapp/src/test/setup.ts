import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// @tarojs/components' React wrappers read this build-time global directly.
Object.assign(globalThis, { DEPRECATED_ADAPTER_COMPONENT: false })

afterEach(() => {
  cleanup()
  window.localStorage.clear()
})
