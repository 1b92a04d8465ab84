import Taro, { usePullDownRefresh } from '@tarojs/taro'

/**
 * The one pull-down-refresh wiring (the page's config sets enablePullDownRefresh): runs every reload together and
 * ends the spinner when all have settled, failed or not (each shows its own error).
 */
export function usePullDown(...reloads: (() => Promise<unknown>)[]): void {
  usePullDownRefresh(() => void Promise.allSettled(reloads.map((reload) => reload())).finally(() => Taro.stopPullDownRefresh()))
}
