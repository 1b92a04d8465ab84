/**
 * The tokens.css colours that CSS cannot reach: app.config.ts (WeChat's window and tab bar take hex strings),
 * ECharts options and the QR code's inline cells. palette.test.ts keeps every value equal to its CSS variable.
 */
export const palette = {
  brand: '#0b5cad',
  page: '#f4f6fa',
  surface: '#ffffff',
  text: '#111827',
  textMuted: '#6b7280',
  danger: '#b91c1c',
  chartDemand: '#f59e0b',
  chartSurplus: '#1d4ed8',
} as const

/** camelCase key → the CSS variable it mirrors. */
export const cssVariable = (key: keyof typeof palette) => `--color-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`
