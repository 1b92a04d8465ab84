import Taro from '@tarojs/taro'

/**
 * switchTab cannot carry a query string, so the home page leaves the chosen chain (or the keyword typed into its
 * search bar) here and the jobs tab picks it up (once) when it shows.
 */
const CHAIN_KEY = 'zl.pendingChainFilter'
const KEYWORD_KEY = 'zl.pendingKeyword'

function take(key: string): string | undefined {
  const value: unknown = Taro.getStorageSync(key)
  if (typeof value !== 'string' || !value) return undefined
  Taro.removeStorageSync(key)
  return value
}

export function handOverChain(chainId: string): void {
  Taro.setStorageSync(CHAIN_KEY, chainId)
}

export const takeHandedOverChain = (): string | undefined => take(CHAIN_KEY)

export function handOverKeyword(keyword: string): void {
  Taro.setStorageSync(KEYWORD_KEY, keyword)
}

export const takeHandedOverKeyword = (): string | undefined => take(KEYWORD_KEY)
