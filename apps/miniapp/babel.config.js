// babel-preset-taro options and defaults: https://docs.taro.zone/docs/next/babel-config
// The H5 production build uses Preact (config/index.ts); JSX compiles the same way, aliased to preact/jsx-runtime.
const framework = process.env.TARO_ENV === 'h5' && process.env.NODE_ENV !== 'development' ? 'preact' : 'react'

export default {
  presets: [['taro', { framework, ts: true, compiler: 'webpack5' }]],
}
