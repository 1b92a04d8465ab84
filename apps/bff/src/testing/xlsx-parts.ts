import JSZip from 'jszip'

/**
 * Test helpers: rewrite the XML inside an xlsx the way other spreadsheet programs write it (see other-writers.test.ts).
 * `parts` holds every XML part by its zip path; delete one to leave it out.
 */
export async function rewriteParts(bytes: Uint8Array, change: (parts: Map<string, string>) => void): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes)
  const parts = new Map<string, string>()
  for (const [path, entry] of Object.entries(zip.files)) {
    if (!entry.dir && /\.(xml|rels|vml)$/.test(path)) parts.set(path, await entry.async('string'))
  }
  const before = new Set(parts.keys())
  change(parts)
  for (const path of before) if (!parts.has(path)) zip.remove(path)
  for (const [path, xml] of parts) zip.file(path, xml)
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

export const sheetPaths = (parts: Map<string, string>) => [...parts.keys()].filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))

/** Applies `f` to every worksheet part. */
export function eachSheet(parts: Map<string, string>, f: (xml: string) => string): void {
  for (const path of sheetPaths(parts)) parts.set(path, f(parts.get(path)!))
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The shared-strings table as plain strings (rich runs joined). */
function sharedStrings(parts: Map<string, string>): string[] {
  const sst = parts.get('xl/sharedStrings.xml') ?? ''
  return [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map(([, si]) => [...si!.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map(([, t]) => unescapeXml(t!)).join(''))
}

/** Replaces every shared-string cell (`t="s"`) with what `write` makes of its address, other attributes and text. */
export function replaceSharedStringCells(parts: Map<string, string>, write: (attrs: string, text: string) => string): void {
  const strings = sharedStrings(parts)
  eachSheet(parts, (xml) => xml.replace(/<c\b([^>]*?)\s+t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_, a: string, b: string, i: string) => write(`${a}${b}`, strings[Number(i)]!)))
}

/** Indexes (into cellXfs) of the cell formats showing a date. */
export function dateStyles(parts: Map<string, string>): Set<number> {
  const styles = parts.get('xl/styles.xml') ?? ''
  const custom = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map(([, id, code]) => [Number(id), code!]))
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? ''
  const ids = [...xfs.matchAll(/<xf\b[^>]*?numFmtId="(\d+)"/g)].map(([, id]) => Number(id))
  return new Set(ids.flatMap((id, i) => ((id >= 14 && id <= 22) || /[yd]/i.test(custom.get(id) ?? '') ? [i] : [])))
}
