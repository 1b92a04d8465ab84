import Taro from '@tarojs/taro'

/**
 * switchTab cannot carry a query string, so the home page leaves the chosen chain here and the
 * listing tab picks it up (once) when it shows.
 */
const KEY = 'zl.pendingChainFilter'

export function handOverChain(chainId: string): void {
  Taro.setStorageSync(KEY, chainId)
}

export function takeHandedOverChain(): string | undefined {
  const value: unknown = Taro.getStorageSync(KEY)
  if (typeof value !== 'string' || !value) return undefined
  Taro.removeStorageSync(KEY)
  return value
}
