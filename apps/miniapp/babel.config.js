// babel-preset-taro options and defaults: https://docs.taro.zone/docs/next/babel-config
// The H5 production build uses Preact (config/index.ts); JSX compiles the same way, aliased to preact/jsx-runtime.
const h5 = process.env.TARO_ENV === 'h5'
const framework = h5 && process.env.NODE_ENV !== 'development' ? 'preact' : 'react'

export default {
  presets: [
    [
      'taro',
      {
        framework,
        ts: true,
        compiler: 'webpack5',
        // H5 runs in phone browsers and WeChat's in-app browser (Chromium ≥ 66 on Android, iOS ≥ 12), all with native
        // classes and async/await: package.json's browserslist (Android 4.1, iOS 8, kept for the weapp build) made
        // every async function a regenerator state machine the first screen had to evaluate (decision 025).
        ...(h5 ? { targets: { chrome: '66', ios: '12' } } : {}),
      },
    ],
  ],
}
