import { fileURLToPath } from 'node:url'
import { defineProject } from 'vitest/config'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

// Components render through @tarojs/components-react (the H5 components) in jsdom; see
// /work/shared/notes/taro-on-these-machines.md for why these aliases and defines.
export default defineProject({
  // @tarojs/taro-h5 ships source maps without their sources; vite warns about each file.
  logLevel: 'error',
  test: {
    name: 'miniapp',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // Pages render through the whole H5 component set in jsdom; on the shared 2-core machine under load a first render
    // took over vitest's 5 s (echart-canvas, ProfileForm, analytics in one CI run at load 25). A timeout only fails a
    // slow test, so a roomier one weakens nothing; real-BFF files set their own (src/test/real-bff.ts).
    testTimeout: 20_000,
    // The real BFF processes (src/test/real-bff.ts) copy the migrated database template; built once up front (decision 058).
    globalSetup: ['@zhilian/db/test-db-setup'],
  },
  resolve: {
    alias: [
      { find: /^@tarojs\/components$/, replacement: '@tarojs/components-react' },
      { find: /^@tarojs\/taro$/, replacement: here('./src/test/taro-shim.ts') },
    ],
  },
  define: {
    'process.env.TARO_ENV': JSON.stringify('h5'),
    'process.env.TARO_PLATFORM': JSON.stringify('web'),
    'process.env.FRAMEWORK': JSON.stringify('react'),
    'process.env.SUPPORT_TARO_POLYFILL': JSON.stringify('disabled'),
    'process.env.DEPRECATED_ADAPTER_COMPONENT': JSON.stringify('false'),
  },
})
