import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
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

const srcDir = join(__dirname, '/')
function sources(dir = srcDir, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) sources(path, out)
    else if (name.endsWith('.tsx') && !name.endsWith('.test.tsx')) out.push(path)
  }
  return out
}

/** Each JSX opening tag of the given components, braces and quotes respected, with its line. */
function openingTags(text: string, names: string): { tag: string; line: number }[] {
  const found: { tag: string; line: number }[] = []
  for (const m of text.matchAll(new RegExp(`<(${names})\\b`, 'g'))) {
    let i = m.index! + m[0].length
    let depth = 0
    let quote: string | undefined
    for (; i < text.length; i++) {
      const c = text[i]!
      if (quote) { if (c === quote) quote = undefined }
      else if (depth === 0 && (c === "'" || c === '"' || c === '`')) quote = c
      else if (c === '{') depth++
      else if (c === '}') depth--
      else if (c === '>' && depth === 0) break
    }
    found.push({ tag: text.slice(m.index, i), line: text.slice(0, m.index).split('\n').length })
  }
  return found
}

describe('tappable things and fields say what they are', () => {
  it('every View or Text with onClick has a role (a backdrop that dismisses a sheet aside: its sheet has 取消)', () => {
    const offenders = sources().flatMap((file) =>
      openingTags(readFileSync(file, 'utf8'), 'View|Text')
        .filter(({ tag }) => /\sonClick=/.test(tag) && !/\srole=/.test(tag) && !/className='[^']*mask/.test(tag))
        .map(({ line }) => `${file.slice(srcDir.length)}:${line}`),
    )
    expect(offenders).toEqual([])
  })

  it('every Input and Textarea carries its label (aria-label), so a screen reader names the field', () => {
    const offenders = sources().flatMap((file) =>
      openingTags(readFileSync(file, 'utf8'), 'Input|Textarea')
        .filter(({ tag }) => !/\saria-label=/.test(tag))
        .map(({ line }) => `${file.slice(srcDir.length)}:${line}`),
    )
    expect(offenders).toEqual([])
  })
})

describe('H5 accessibility basics', () => {
  it('lets people pinch-zoom: the viewport neither forbids scaling nor caps it', () => {
    const viewport = read('./index.html').match(/<meta content="([^"]*)" name="viewport">/)?.[1]
    expect(viewport).toBeDefined()
    expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale\s*=\s*1(?!\d)/)
  })

  it('prints salaries in a colour with at least 4.5:1 contrast on the white card', () => {
    const token = read('./styles/kit/item-card.css').match(/\.job-card__salary\s*{[^}]*color:\s*var\((--[a-z-]+)\)/i)?.[1]
    expect(token).toBeDefined()
    const colour = read('./styles/tokens.css').match(new RegExp(`${token}:\\s*(#[0-9a-f]{6})`, 'i'))?.[1]
    expect(colour).toBeDefined()
    expect(contrast(colour!, '#ffffff')).toBeGreaterThanOrEqual(4.5)
  })

  it('keeps every text colour token at 4.5:1 or better on white, the faint one (icons, borders) aside', () => {
    const tokens = read('./styles/tokens.css')
    for (const name of ['text', 'text-secondary', 'text-muted', 'brand', 'danger', 'danger-strong', 'warning', 'warning-strong', 'success', 'success-strong', 'salary']) {
      const hex = tokens.match(new RegExp(`--color-${name}:\\s*(#[0-9a-f]{6})`, 'i'))?.[1]
      expect([name, hex && contrast(hex, '#ffffff') >= 4.5]).toEqual([name, true])
    }
  })
})
