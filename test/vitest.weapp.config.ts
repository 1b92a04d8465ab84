import { defineConfig } from 'vitest/config'

// WeChat mini-program suites: need a weapp build (apps/miniapp/dist/weapp). Run by .ci/run after `build weapp`.
// jsdom is the DOM miniprogram-simulate renders WXML into; one BFF (global-setup.ts) serves every file.
export default defineConfig({
  test: {
    name: 'weapp',
    include: ['weapp/**/*.test.ts'],
    environment: 'jsdom',
    globalSetup: ['weapp/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
})
