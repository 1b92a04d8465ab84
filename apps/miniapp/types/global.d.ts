/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    /** The platform being built; Taro inlines it, so `process.env.TARO_ENV === 'h5'` branches are dead-code eliminated. */
    TARO_ENV: 'weapp' | 'h5'
    /** The BFF's origin without a trailing slash; empty on H5, which calls its own origin. */
    TARO_APP_API_BASE?: string
  }
}
