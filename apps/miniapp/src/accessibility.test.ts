import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const read = (p: string) => readFileSync(fileURLToPath(new URL(p, import.meta.url)), 'utf8')

/** WCAG 2 relative luminance and contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

describe('H5 accessibility basics', () => {
  it('lets people pinch-zoom: the viewport neither forbids scaling nor caps it', () => {
    const viewport = read('./index.html').match(/<meta content="([^"]*)" name="viewport">/)?.[1]
    expect(viewport).toBeDefined()
    expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale\s*=\s*1(?!\d)/)
  })

  it('prints salaries in a colour with at least 4.5:1 contrast on the white card', () => {
    const colour = read('./components/jobs-ui.css').match(/\.job-card__salary\s*{[^}]*color:\s*(#[0-9a-f]{6})/i)?.[1]
    expect(colour).toBeDefined()
    expect(contrast(colour!, '#ffffff')).toBeGreaterThanOrEqual(4.5)
  })
})
