/**
 * The BFF origin, inlined at build time (config/env.ts). Empty on H5: the BFF serves the app and the
 * API on one origin. A function so tests can point it at their own server through process.env.
 */
export function apiBase(): string {
  return process.env.TARO_APP_API_BASE ?? ''
}
