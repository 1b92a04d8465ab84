import JSZip from 'jszip'
import { zipReader } from './zip-size'

/**
 * Rewrites the parts of an uploaded xlsx that exceljs misreads into the plain form Excel itself writes, so
 * a file from another program reads as the same data (decision 041). exceljs 4.4 assumes Excel's habits:
 * - elements in the default namespace (the .NET OpenXML SDK writes `<x:worksheet>`: exceljs saw no cells);
 * - every row and cell carrying its `r` address (optional in the standard; without it exceljs threw);
 * - parts at `xl/workbook.xml`, `xl/worksheets/sheetN.xml`, `xl/sharedStrings.xml`, `xl/styles.xml`;
 * - `date1904="1"` (LibreOffice writes "true", which exceljs took for the 1900 system: dates 4 years off);
 * - no `t="d"` ISO-date cells (openpyxl, Excel's strict format): exceljs read 2026-03-01 as the serial 2026;
 * - formula text results in plain cells: a text result in a date-formatted cell was turned into a null date, and
 *   Gnumeric's shared-string results (t="s" on a formula cell) were read as the string's index.
 * Parts are read with zlib (the upload was already inflated once to measure it); a file needing none of this is handed on
 * unchanged, one that does is re-zipped with only the rewritten parts.
 */
export async function normalizePackage(buffer: Uint8Array): Promise<Uint8Array> {
  const read = zipReader(buffer)
  if (!read) return buffer
  const text = (path: string) => read(path)?.toString('utf8')
  /** Rewritten parts by path; undefined removes one (it moved). */
  const changes = new Map<string, string | undefined>()
  const put = (path: string, xml: string, from = path) => {
    if (from !== path) changes.set(from, undefined)
    changes.set(path, xml)
  }

  const rootRels = text('_rels/.rels')
  const workbookPath = (rootRels && relTargets(unprefix(rootRels), '').find((r) => r.type.endsWith('/officeDocument'))?.target) ?? 'xl/workbook.xml'
  const workbookXml = text(workbookPath)
  if (workbookXml === undefined) return buffer
  const dir = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1)
  const relsPath = `${dir}_rels/${workbookPath.slice(dir.length)}.rels`
  const relsXml = text(relsPath) ?? ''
  const workbookRels = unprefix(relsXml)

  let wb = unprefix(workbookXml)
  const date1904 = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(wb)
  wb = wb.replace(/(<workbookPr\b[^>]*\bdate1904=")true"/, (_, head: string) => `${head}1"`)
  if (wb !== workbookXml || workbookPath !== 'xl/workbook.xml') put('xl/workbook.xml', wb, workbookPath)

  // Parts exceljs finds by name: move each to the name it looks for, and point the relationship there.
  let rels = workbookRels
  let sheetNo = 0
  const taken = new Set<string>()
  for (const rel of relTargets(workbookRels, dir)) {
    const kind = rel.type.endsWith('/worksheet') ? 'sheet' : rel.type.endsWith('/sharedStrings') ? 'strings' : rel.type.endsWith('/styles') ? 'styles' : undefined
    const xml = kind && text(rel.target)
    if (!kind || xml === undefined) continue
    let path = rel.target
    if (kind === 'sheet' && !/^xl\/worksheets\/sheet\d+\.xml$/.test(path)) {
      do path = `xl/worksheets/sheet${++sheetNo}.xml`
      while (taken.has(path) || read(path))
      taken.add(path)
    }
    if (kind === 'strings') path = 'xl/sharedStrings.xml'
    if (kind === 'styles') path = 'xl/styles.xml'
    // Absolute targets: the workbook itself may have moved to xl/, and a relative target would move with it.
    if (path !== rel.target || dir !== 'xl/') rels = rels.replace(rel.raw, rel.raw.replace(/\bTarget="[^"]*"/, `Target="/${path}"`))
    if (kind === 'sheet') {
      const slash = rel.target.lastIndexOf('/') + 1
      const ownRels = `${rel.target.slice(0, slash)}_rels/${rel.target.slice(slash)}.rels`
      const ownRelsXml = text(ownRels)
      if (ownRelsXml !== undefined) {
        const fixed = fixNotes(unprefix(ownRelsXml), rel.target.slice(0, slash), read, put, taken)
        if (path !== rel.target || fixed !== ownRelsXml) put(`xl/worksheets/_rels/${path.slice('xl/worksheets/'.length)}.rels`, fixed, ownRels)
      }
    }
    const fixed = kind === 'sheet' ? fixSheet(unprefix(xml), date1904) : unprefix(xml)
    if (fixed !== xml || path !== rel.target) put(path, fixed, rel.target)
  }
  if (rels !== relsXml || relsPath !== 'xl/_rels/workbook.xml.rels') put('xl/_rels/workbook.xml.rels', rels, relsPath)
  if (changes.size === 0) return buffer

  // The rare file that needs rewriting: untouched parts are copied still compressed, rewritten ones deflated afresh.
  const zip = await JSZip.loadAsync(buffer)
  for (const [path, xml] of changes) {
    if (xml === undefined) {
      zip.remove(path)
      zip.remove(`/${path}`)
    } else zip.file(path, xml)
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } })
}

interface Rel { raw: string; type: string; target: string }

/**
 * Cell notes exceljs finds only as `xl/commentsN.xml` and `xl/drawings/vmlDrawingN.vml`, named by exactly the relative
 * targets Excel writes (`../comments1.xml`); openpyxl writes `/xl/comments/comment1.xml` and
 * `/xl/drawings/commentsDrawing1.vml`, which exceljs failed on (it took the whole file for broken). Each such part is
 * moved to a free name of Excel's, and the sheet's relationship pointed there; one whose part is missing is dropped.
 */
function fixNotes(
  xml: string, base: string, read: (path: string) => Buffer | undefined,
  put: (path: string, xml: string, from?: string) => void, taken: Set<string>,
): string {
  let out = xml
  for (const rel of relTargets(xml, base)) {
    const comments = rel.type.endsWith('/comments')
    if (!comments && !rel.type.endsWith('/vmlDrawing')) continue
    const target = /\bTarget="([^"]*)"/.exec(rel.raw)?.[1] ?? ''
    if (comments ? /^\.\.\/comments\d+\.xml$/.test(target) : /^\.\.\/drawings\/vmlDrawing\d+\.vml$/.test(target)) continue
    const part = read(rel.target)
    if (part === undefined) {
      out = out.replace(rel.raw, '')
      continue
    }
    let n = 0
    let path: string
    do path = comments ? `xl/comments${++n}.xml` : `xl/drawings/vmlDrawing${++n}.vml`
    while (taken.has(path) || read(path))
    taken.add(path)
    put(path, part.toString('utf8'), rel.target)
    out = out.replace(rel.raw, rel.raw.replace(/\bTarget="[^"]*"/, `Target="../${path.slice('xl/'.length)}"`))
  }
  return out
}

/** A relationships part's entries, targets resolved to zip paths (relative to `base`, or absolute). */
function relTargets(xml: string, base: string): Rel[] {
  return [...unprefix(xml).matchAll(/<Relationship\b[^>]*>/g)].map(([raw]) => {
    const target = /\bTarget="([^"]*)"/.exec(raw)?.[1] ?? ''
    const type = /\bType="([^"]*)"/.exec(raw)?.[1] ?? ''
    return { raw, type, target: resolve(base, target.trim()) }
  })
}

function resolve(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/')
  const out: string[] = []
  for (const p of parts) {
    if (p === '..') out.pop()
    else if (p !== '.' && p !== '') out.push(p)
  }
  return out.join('/')
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main'
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships'

/** `<x:worksheet xmlns:x="…main">…<x:c>` → `<worksheet xmlns="…main">…<c>`: exceljs matches element names as written. */
function unprefix(xml: string): string {
  // The root element: the first tag that is not a declaration, comment or processing instruction.
  const root = /<([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*\b[^>]*>/.exec(/<[A-Za-z_][^>]*>/.exec(xml)?.[0] ?? '')
  if (!root) return xml
  const prefix = root[1]!
  const uri = new RegExp(`\\bxmlns:${prefix}="([^"]*)"`).exec(root[0])?.[1]
  if (uri !== MAIN && uri !== STRICT_MAIN && uri !== PACKAGE_RELS) return xml
  return xml
    .replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1')
    .replace(new RegExp(`\\bxmlns:${prefix}="`), 'xmlns="')
}

/** Cell addresses where a writer left them out; ISO-date cells as serial numbers; formulas dropped from text results. */
function fixSheet(xml: string, date1904: boolean): string {
  let out = xml
  // Rows formatted down to row 1,048,576 (Excel writes each one) hold nothing to read, but exceljs builds every one:
  // a 2 MB upload took minutes and gigabytes. Only large sheets are searched, so ordinary files stay untouched.
  if (out.length > EMPTY_ROWS_FROM) out = out.replace(EMPTY_ROW, '')
  if (/<row\b(?![^>]*\br=)|<c\b(?![^>]*\br=)/.test(out)) out = addAddresses(out)
  if (/<c\b[^>]*\bt="d"/.test(out)) {
    out = out.replace(/<c\b([^>]*?)\s+t="d"([^>]*?)\/>/g, '<c$1$2/>')
    out = out.replace(/<c\b([^>]*?)\s+t="d"([^>]*?)>([\s\S]*?)<\/c>/g, (_, before: string, after: string, inner: string) => {
      const iso = /<v>([^<]*)<\/v>/.exec(inner)?.[1]
      const serial = iso === undefined ? undefined : isoToSerial(iso, date1904)
      if (serial === undefined) return `<c${before} t="inlineStr"${after}><is><t>${iso ?? ''}</t></is></c>`
      return `<c${before}${after}>${inner.replace(/<v>[^<]*<\/v>/, `<v>${serial}</v>`)}</c>`
    })
  }
  // The cached result is all the parser reads; with the formula gone exceljs keeps a text result as text. Gnumeric
  // caches a text result as a shared string (t="s", <v> its index, decision 117), which exceljs read as the formula's
  // number: ="数控"&"车工" imported as 6. Without the formula it is an ordinary shared-string cell.
  if (/\bt="(?:str|e|b|s)"[^>]*>\s*<f\b/.test(out)) {
    out = out.replace(/(<c\b[^>]*\bt="(?:str|e|b|s)"[^>]*>)\s*<f\b[^>]*?(?:\/>|>[\s\S]*?<\/f>)/g, '$1')
  }
  return out
}

const EMPTY_ROWS_FROM = 4_000_000
/** A row with no cell, or only cells without a value (`<c r="A9" s="3"/>`). */
const EMPTY_ROW = /<row\b[^>]*?(?:\/>|>(?:\s*<c\b[^>]*?\/>)*\s*<\/row>)/g

/** Numbers rows and cells in order where `r` is missing, as the standard says a reader should. */
function addAddresses(xml: string): string {
  let row = 0
  let col = 0
  return xml.replace(/<row\b([^>]*?)(\/?)>|<c\b([^>]*?)(\/?)>/g, (tag, rowAttrs: string | undefined, rowEnd, cellAttrs: string | undefined, cellEnd) => {
    if (rowAttrs !== undefined) {
      const r = /\br="(\d+)"/.exec(rowAttrs)
      row = r ? Number(r[1]) : row + 1
      col = 0
      return r ? tag : `<row r="${row}"${rowAttrs}${rowEnd}>`
    }
    const r = /\br="([A-Z]+)(\d+)"/.exec(cellAttrs ?? '')
    if (r) {
      col = r[1]!.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)
      return tag
    }
    col += 1
    return `<c r="${letters(col)}${row}"${cellAttrs}${cellEnd}>`
  })
}

function letters(n: number): string {
  let s = ''
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s
  return s
}

/** An ISO 8601 date or date-time as the workbook's serial number (days since 1899-12-30, or since 1904-01-01). */
function isoToSerial(iso: string, date1904: boolean): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?Z?$/.exec(iso.trim())
  if (!m) return undefined
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0))
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30)
  return Math.round(((ms - epoch) / 86_400_000) * 1e6) / 1e6
}
