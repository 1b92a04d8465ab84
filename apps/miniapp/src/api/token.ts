import Taro from '@tarojs/taro'

// One storage key for the bearer token; the BFF issues it from /api/auth/*.
const TOKEN_KEY = 'zl.token'

export function getToken(): string | null {
  const value: unknown = Taro.getStorageSync(TOKEN_KEY)
  return typeof value === 'string' && value ? value : null
}

export function setToken(token: string): void {
  Taro.setStorageSync(TOKEN_KEY, token)
}

export function clearToken(): void {
  Taro.removeStorageSync(TOKEN_KEY)
}
