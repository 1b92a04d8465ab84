/** Inlined at build time (config/env.ts). Empty on H5: the BFF serves the app and the API on one origin. */
export const API_BASE: string = process.env.TARO_APP_API_BASE ?? ''
