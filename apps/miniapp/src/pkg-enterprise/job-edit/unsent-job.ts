import Taro from '@tarojs/taro'

/**
 * A new job typed on a phone but not yet sent: kept on the phone at every change, so leaving the form (返回, a call,
 * WeChat closing the page) does not lose it, and cleared once the job is submitted (decision 084). Only a new job:
 * an edit starts from the server's copy, which someone else may have changed since.
 */
const KEY = 'zl.unsentJob'

export function readUnsentJob<T extends object>(): T | null {
  try {
    const raw: unknown = Taro.getStorageSync(KEY)
    const value: unknown = typeof raw === 'string' && raw ? JSON.parse(raw) : null
    return value && typeof value === 'object' ? (value as T) : null
  } catch {
    return null
  }
}

export const keepUnsentJob = (draft: object) => Taro.setStorageSync(KEY, JSON.stringify(draft))
export const dropUnsentJob = () => Taro.removeStorageSync(KEY)
