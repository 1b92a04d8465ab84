import { fileURLToPath } from 'node:url'
import { defineProject } from 'vitest/config'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/**
 * Files that need a module graph of their own, so they run in the `miniapp-isolated` project (decision 103):
 * - use-paged-list: replaces @tarojs/taro's page-event hooks with `vi.mock`, which in a shared graph misses the modules
 *   already loaded and reaches every later file of the worker (page tests show a page again or pull it down through
 *   src/test/page-events.ts instead);
 * - echart-canvas: zrender decides once, when first imported, whether it runs in a mini-program (a `wx` global);
 *   any chart page of the worker imports it first, as a browser;
 * - h5-tabbar: defines the `<taro-tabbar>` element, which Taro's own component library defines first once any page
 *   of the worker has rendered, and a window's custom elements cannot be undefined.
 */
export const NEEDS_ISOLATION = [
  'src/lib/use-paged-list.test.tsx',
  'src/components/echart-canvas.test.ts',
  'src/lib/h5-tabbar.test.ts',
]

// Components render through @tarojs/components-react (the H5 components) in jsdom; see
// /work/shared/notes/taro-on-these-machines.md for why these aliases and defines.
export function miniappProject(options: { isolated: boolean }) {
  return defineProject({
    // @tarojs/taro-h5 ships source maps without their sources; vite warns about each file.
    logLevel: 'error',
    test: {
      name: options.isolated ? 'miniapp-isolated' : 'miniapp',
      environment: 'jsdom',
      include: options.isolated ? NEEDS_ISOLATION : ['src/**/*.test.{ts,tsx}'],
      exclude: options.isolated ? [] : NEEDS_ISOLATION,
      // Without isolation a worker sets up jsdom and imports the pages through Taro's H5 components once, not per
      // file: set-up was most of the project's time (decision 103). src/test/per-file-reset.ts clears what files leave behind.
      isolate: options.isolated,
      setupFiles: ['src/test/setup.ts', 'src/test/per-file-reset.ts'],
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
}
