// babel-preset-taro options and defaults: https://docs.taro.zone/docs/next/babel-config
export default {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
}
