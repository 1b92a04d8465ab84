import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import path from 'node:path'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'
import { clientEnv, wechatAppId } from './env'
import { WriteStatsPlugin } from './write-stats'

// WeChat developer tools read the appid from dist/weapp/project.config.json; Taro fills it from TARO_APP_ID.
process.env.TARO_APP_ID = wechatAppId()

// @zhilian/shared ships raw TypeScript; without this the mini and H5 loaders skip it like any node_modules package.
const compileShared = { include: [(file: string) => /[\\/]packages[\\/]shared[\\/]src[\\/]/.test(file)] }

// https://docs.taro.zone/docs/next/config#defineconfig-辅助函数
export default defineConfig<'webpack5'>(async (merge) => {
  const platform = process.env.TARO_ENV === 'h5' ? 'h5' : 'weapp'
  const h5Preact = platform === 'h5' && process.env.NODE_ENV !== 'development'
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'zhilian-qilu',
    date: '2026-11-23',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // One folder per platform so the two builds never overwrite each other.
    outputRoot: `dist/${platform}`,
    plugins: [],
    env: clientEnv(platform),
    defineConstants: {},
    copy: { patterns: [], options: {} },
    // The H5 production build renders with Preact (through preact/compat, same components and hooks): React DOM was
    // ~40 KiB gz of the first view (decision 025). WeChat, the page tests and `dev:h5` keep React.
    framework: h5Preact ? 'preact' : 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: compileShared,
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      // Hash routing: the BFF serves index.html at / and never needs to know the page paths.
      router: { mode: 'hash' },
      // Taro's React components for H5 (the ones the page tests render) instead of its Stencil web components: the
      // Stencil runtime and component bundle were ~300 KB of script in the first view (decision 025).
      useHtmlComponents: true,
      compile: compileShared,
      // Names by content: an unchanged file keeps its URL across builds, so the BFF can let browsers cache it a year.
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[contenthash:8].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // npm keeps this plugin inside the workspace's node_modules, where @tarojs/taro-h5 (hoisted) can't see it.
        chain.resolve.alias.set('@tarojs/plugin-framework-react', path.resolve(process.cwd(), 'node_modules/@tarojs/plugin-framework-react'))
        // Taro's router draws the tab bar with a Stencil web component whose runtime was 33 KiB gz of every first
        // view: the router alone gets the app's own element under the same tag and classes (src/lib/h5-tabbar.ts).
        chain.module
          .rule('h5-tabbar')
          .test(/[\\/]@tarojs[\\/]router[\\/]/)
          .resolve.alias.set('@tarojs/components/dist/components$', path.resolve(process.cwd(), 'src/lib/h5-tabbar.ts'))
        // The app's View and Text render once, without Taro's forwardRef shim and className-in-state effect; the
        // rest of the library is Taro's (src/lib/h5-components.ts, decision 047). Only the app's own modules; the
        // two files are side-effect free like Taro's library, so unused components stay out of the first view.
        const h5Components = /[\\/]src[\\/]lib[\\/]h5-(components|view)\.tsx?$/
        chain.module
          .rule('h5-components')
          .test(/[\\/]apps[\\/]miniapp[\\/]src[\\/]/)
          .exclude.add(h5Components).end()
          .resolve.alias.set('@tarojs/components$', path.resolve(process.cwd(), 'src/lib/h5-components.ts'))
        chain.module.rule('h5-components-pure').test(h5Components).set('sideEffects', false)
        // Taro's request module imports the fetch and AbortController polyfills for browsers without them; every
        // browser the H5 build targets (babel.config.js) has both, and evaluating them was ~10 ms of the first view's
        // main thread (decision 040). `false` is webpack's empty module (webpack-chain's types only allow paths);
        // both imports are side-effect only.
        const emptyModule = false as unknown as string
        chain.module
          .rule('h5-no-fetch-polyfills')
          .test(/[\\/]@tarojs[\\/]taro-h5[\\/]/)
          .resolve.alias.set('whatwg-fetch$', emptyModule)
          .set('abortcontroller-polyfill/dist/abortcontroller-polyfill-only$', emptyModule)
        // Taro splits only initial chunks, so every lazily loaded page carried its own copy of zod and the
        // components; sharing them across page chunks cuts the H5 download several times over. Taro's minSize 0 made
        // a chunk of every module shared by a different set of pages: 首页 fetched 28 files of a few hundred bytes
        // each, and starting each request cost the main thread 5–10 ms (4× CPU) inside app.js's first task. Shared
        // code under 20 KB is copied into each page's chunk instead, and a page loads at most 4 chunks (decision 040).
        const splitChunks = chain.optimization.get('splitChunks')
        if (splitChunks) chain.optimization.splitChunks({ ...splitChunks, chunks: 'all', minSize: 20_000, maxAsyncRequests: 4 })
        // H5_STATS=<file> writes webpack's chunk/module stats for scripts/h5-first-view.ts (what the first view loads).
        if (process.env.H5_STATS) chain.plugin('write-stats').use(WriteStatsPlugin, [process.env.H5_STATS])
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
