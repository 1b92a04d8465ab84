import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cssVariable, palette } from './palette'

const src = join(__dirname, '..')
const tokens = readFileSync(join(__dirname, 'tokens.css'), 'utf8')
const declared = (name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(tokens)?.[1]?.trim()

function files(dir: string, ext: RegExp, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) files(path, ext, out)
    else if (ext.test(name)) out.push(path)
  }
  return out
}

describe('design tokens', () => {
  it('palette.ts mirrors tokens.css for the places CSS cannot reach', () => {
    for (const key of Object.keys(palette) as (keyof typeof palette)[]) expect([key, declared(cssVariable(key))]).toEqual([key, palette[key]])
  })

  it('no stylesheet or component picks its own hex colour: they all come from tokens.css', () => {
    const offenders = [...files(src, /\.css$/), ...files(src, /\.tsx?$/)]
      .filter((f) => !f.includes(join('src', 'styles')) && !/\.test\.tsx?$/.test(f))
      .flatMap((f) => readFileSync(f, 'utf8').split('\n').map((line, i) => ({ f, line, i })))
      .filter(({ line }) => /#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b/.test(line.replace(/\/\/.*$|\/\*.*?\*\//g, '')))
      .map(({ f, i }) => `${f.slice(src.length + 1)}:${i + 1}`)
    expect(offenders).toEqual([])
  })

  it('body text is at least 28 design px (14 CSS px): smaller sizes only through the caption token', () => {
    const small = files(src, /\.css$/)
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/font-size:\s*(\d+)px/g)].map((m) => ({ f, px: Number(m[1]) })))
      .filter(({ f, px }) => px < 28 && !f.endsWith('tokens.css'))
      .map(({ f, px }) => `${f.slice(src.length + 1)}: ${px}px`)
    expect(small).toEqual([])
  })

  it('stylesheets space with the tokens: no padding, margin or gap in literal px where a --space-N has the value', () => {
    const scale = new Map([...tokens.matchAll(/--(space-\d+):\s*(\d+)px;/g)].map((m) => [Number(m[2]), m[1]!]))
    expect(scale.size).toBeGreaterThan(0)
    // Uppercase PX is left alone by pxtransform on purpose, and a negative margin has no token: neither is matched.
    const literal = files(src, /\.css$/)
      .filter((f) => !f.endsWith('tokens.css'))
      .flatMap((f) =>
        [...readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(?<![\w-])(?:padding|margin|gap|row-gap|column-gap)(?:-[a-z-]+)?\s*:[^;{}]+/g)]
          .filter((m) => [...m[0].matchAll(/(?<![\w.#-])(\d+)px\b/g)].some((n) => scale.has(Number(n[1]))))
          .map((m) => `${f.slice(src.length + 1)}: ${m[0].trim()}`),
      )
    expect(literal).toEqual([])
  })

  it('inline styles size nothing in literal px: spacing comes from the tokens (pxtransform never sees a style prop)', () => {
    // QrCode draws whole-pixel cells and EChart sizes its canvas: both compute their px on purpose.
    const literal = files(src, /\.tsx$/)
      .filter((f) => !/\.test\.tsx$/.test(f) && !/(QrCode|EChart)\.tsx$/.test(f))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/style=\{\{[^}]*?'[^']*\d+px[^']*'[^}]*\}\}/g)].map((m) => `${f.slice(src.length + 1)}: ${m[0]}`))
    expect(literal).toEqual([])
  })
})
