/**
 * The build-time settings that reach client code. Taro only inlines what is listed under `env`
 * (and TARO_APP_* lines from .env files), so nothing else from the build machine leaks into the bundle.
 */
const TOURIST_APPID = 'touristappid'

export function wechatAppId(): string {
  return process.env.TARO_APP_WECHAT_APPID || process.env.TARO_APP_ID || TOURIST_APPID
}

/** The H5 app is served by the BFF itself, so it calls the API on its own origin. */
export function clientEnv(platform: 'weapp' | 'h5'): Record<string, string> {
  const apiBase = platform === 'h5' ? (process.env.TARO_APP_H5_API_BASE ?? '') : (process.env.TARO_APP_API_BASE ?? '')
  if (platform === 'weapp' && !apiBase) {
    console.warn('[config] TARO_APP_API_BASE is empty: the mini-program needs the BFF https origin, e.g. https://api.example.cn')
  }
  return { TARO_APP_API_BASE: JSON.stringify(apiBase.replace(/\/+$/, '')) }
}
