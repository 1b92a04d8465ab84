/**
 * Which classes a `.tsx` file uses but does not import the styles of (decision 046). On H5 every stylesheet is loaded
 * when the module that imports it is; a page that uses a class styled only in a stylesheet someone else imports looks
 * right only after that other page has been opened. Test code only: `style-imports.test.ts` runs it over src/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'

/** Loaded by app.ts for every page on both platforms: what they style is styled everywhere. */
const GLOBAL_SHEETS = ['app.css', 'styles/tokens.css']

export interface Sources {
  /** Path relative to src/ → text, for every `.tsx` (tests excluded) and `.css` file. */
  files: Map<string, string>
}

export interface Miss {
  file: string
  className: string
  /** The stylesheets that style the class; the file imports none of them. */
  styledIn: string[]
}

export function readSources(srcDir: string): Sources {
  const files = new Map<string, string>()
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (name.endsWith('.css') || (name.endsWith('.tsx') && !name.endsWith('.test.tsx'))) files.set(relative(srcDir, path), readFileSync(path, 'utf8'))
    }
  }
  walk(srcDir)
  return { files }
}

const CLASS = /\.(-?[_a-zA-Z][\w-]*)/g

/**
 * Class → the sheets that style it. `base` holds the sheets with a rule whose selector is the class on its own (a
 * compound such as `.btn.btn--primary` or `.chip:active` counts); `any` also the sheets that only style it in a
 * context (`.jobs-sticky .search-bar`): importing such a sheet does not give the class its own look.
 */
function classSheets(files: Map<string, string>): Map<string, { base: Set<string>; any: Set<string> }> {
  const out = new Map<string, { base: Set<string>; any: Set<string> }>()
  for (const [path, text] of files) {
    if (!path.endsWith('.css')) continue
    const css = text.replace(/\/\*[\s\S]*?\*\//g, '')
    for (const [, selectors] of css.matchAll(/([^{}]+)\{/g)) {
      if (selectors!.trim().startsWith('@')) continue
      for (const selector of selectors!.split(',')) {
        const s = selector.trim()
        const compound = !/[\s>+~]/.test(s)
        for (const [, name] of s.matchAll(CLASS)) {
          const entry = out.get(name!) ?? { base: new Set(), any: new Set() }
          entry.any.add(path)
          if (compound) entry.base.add(path)
          out.set(name!, entry)
        }
      }
    }
  }
  return out
}

/** The end of the JS expression that starts at `text[start]` (an opening brace), strings and templates respected. */
function closingBrace(text: string, start: number): number {
  let depth = 0
  for (let i = start; i < text.length; i++) {
    const c = text[i]
    if (c === "'" || c === '"') {
      i = text.indexOf(c, i + 1)
      if (i < 0) return text.length
    } else if (c === '`') {
      // A template's `${…}` holds an expression: skip it with its own braces.
      for (i++; i < text.length && text[i] !== '`'; i++) {
        if (text[i] === '\\') i++
        else if (text[i] === '$' && text[i + 1] === '{') i = closingBrace(text, i + 1)
      }
    } else if (c === '{') depth++
    else if (c === '}' && --depth === 0) return i
  }
  return text.length
}

/** The literal text of an attribute's value: quoted strings and the fixed parts of templates, one space apart. */
function literalParts(expr: string): string[] {
  const parts: string[] = []
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i]
    if (c === "'" || c === '"') {
      const end = expr.indexOf(c, i + 1)
      parts.push(expr.slice(i + 1, end))
      i = end
    } else if (c === '`') {
      let piece = ''
      for (i++; i < expr.length && expr[i] !== '`'; i++) {
        if (expr[i] === '$' && expr[i + 1] === '{') {
          const end = closingBrace(expr, i + 1)
          parts.push(...literalParts(expr.slice(i + 2, end)))
          // Break the word here: `chip${on ? ' chip--on' : ''}` ends the class chip, while `status-tag--${tone}` (a
          // prefix, dropped below) and `${x}--on` (marked by \u0001) are not class names on their own.
          piece += ' \u0001'
          i = end
        } else piece += expr[i]
      }
      parts.push(piece)
    }
  }
  return parts
}

/** Every class name a `.tsx` writes in a `className` attribute (built-up names such as `x--${tone}` left out). */
export function usedClasses(tsx: string): Set<string> {
  const used = new Set<string>()
  for (const m of tsx.matchAll(/\bclassName=/g)) {
    const at = m.index! + m[0].length
    const c = tsx[at]
    const raw = c === '{' ? literalParts(tsx.slice(at + 1, closingBrace(tsx, at))) : c === "'" || c === '"' ? [tsx.slice(at + 1, tsx.indexOf(c, at + 1))] : []
    for (const part of raw) {
      for (const word of part.split(/\s+/)) {
        if (/^-?[_a-zA-Z][\w-]*$/.test(word) && !/[-_]$/.test(word)) used.add(word)
      }
    }
  }
  return used
}

/** The stylesheets a `.tsx` imports itself (`import './x.css'`), as paths relative to src/. */
function importedSheets(file: string, tsx: string): Set<string> {
  const sheets = new Set<string>()
  for (const [, spec] of tsx.matchAll(/^import\s+['"]([^'"]+\.css)['"]/gm)) sheets.add(normalize(join(dirname(file), spec!)))
  return sheets
}

/** Each class a `.tsx` uses that a stylesheet styles, where the file imports none of the sheets that style it. */
export function missingStyleImports({ files }: Sources): Miss[] {
  const sheets = classSheets(files)
  const misses: Miss[] = []
  for (const [file, text] of files) {
    if (!file.endsWith('.tsx')) continue
    const mine = new Set([...importedSheets(file, text), ...GLOBAL_SHEETS])
    for (const className of usedClasses(text)) {
      const styled = sheets.get(className)
      if (!styled) continue
      // Its own look comes from a sheet that styles it alone; a sheet that only styles it in a context does not count.
      const wanted = styled.base.size ? styled.base : styled.any
      if (![...wanted].some((s) => mine.has(s))) misses.push({ file, className, styledIn: [...wanted].sort() })
    }
  }
  return misses.sort((a, b) => a.file.localeCompare(b.file) || a.className.localeCompare(b.className))
}
