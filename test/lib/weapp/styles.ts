/**
 * Which class names a page's stylesheets style, read from the built wxss. WeChat applies app.wxss (and what
 * it imports) to every page and a page's own wxss (and its imports) to that page only: a class styled only in
 * another page's or subpackage's wxss is unstyled here, however the user got to the page.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'

/** Class names in the selectors of a stylesheet (declarations and at-rule preludes skipped). */
export function styledClasses(wxss: string): Set<string> {
  const names = new Set<string>()
  const text = wxss.replace(/\/\*[\s\S]*?\*\//g, '')
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '{') {
      const prelude = text.slice(start, i).trim()
      if (!prelude.startsWith('@')) for (const m of prelude.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) names.add(m[1]!)
    }
    if (ch === '{' || ch === '}' || ch === ';') start = i + 1
  }
  return names
}

/** The wxss files a stylesheet pulls in, itself first (missing files are skipped, as WeChat's compiler would refuse them). */
function withImports(root: string, file: string, seen = new Set<string>()): string[] {
  if (seen.has(file) || !existsSync(join(root, file))) return []
  seen.add(file)
  const text = readFileSync(join(root, file), 'utf8')
  const imports = [...text.matchAll(/@import\s+["']([^"']+)["']/g)].map((m) => relative(root, join(root, dirname(file), m[1]!)))
  return [file, ...imports.flatMap((imported) => withImports(root, imported, seen))]
}

export interface StyleIndex {
  /** Classes styled for this page: app.wxss and the page's own wxss, with their imports. */
  forPage(route: string): Set<string>
  /** The wxss files anywhere in the build that style this class. */
  stylers(name: string): string[]
}

export function styleIndex(root: string): StyleIndex {
  const all = new Map<string, Set<string>>()
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = dir ? `${dir}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.wxss')) all.set(path, styledClasses(readFileSync(join(root, path), 'utf8')))
    }
  }
  walk('')
  return {
    forPage(route) {
      const files = [...withImports(root, 'app.wxss'), ...withImports(root, `${route}.wxss`)]
      return new Set(files.flatMap((file) => [...(all.get(file) ?? [])]))
    },
    stylers: (name) => [...all].filter(([, names]) => names.has(name)).map(([file]) => file),
  }
}

/** Classes a page renders that some wxss styles but none of the page's own stylesheets: "class — styled only in …". */
export function unstyledOn(index: StyleIndex, route: string, rendered: Iterable<string>): string[] {
  const own = index.forPage(route)
  return [...rendered]
    .filter((name) => !own.has(name))
    .map((name) => ({ name, elsewhere: index.stylers(name) }))
    .filter(({ elsewhere }) => elsewhere.length > 0)
    .map(({ name, elsewhere }) => `.${name} — styled only in ${elsewhere.join(', ')}`)
}
