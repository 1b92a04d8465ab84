/**
 * Zip-bomb guards for uploaded xlsx files (a zip): what the central directory declares, read without inflating
 * anything, and what the entries really inflate to, counted with zlib's output capped at the budget.
 */
import { constants } from 'node:buffer'
import { inflateRawSync } from 'node:zlib'

interface Entry { name: string; method: number; compressed: number; declared: number; local: number }

/** The central directory's entries, or undefined when it cannot be found or read (a broken file). */
function centralDirectory(buf: Uint8Array): Entry[] | undefined {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  const floor = Math.max(0, buf.byteLength - 65_557)
  let eocd = -1
  for (let i = buf.byteLength - 22; i >= floor; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) return undefined
  const count = view.getUint16(eocd + 10, true)
  let at = view.getUint32(eocd + 16, true)
  const entries: Entry[] = []
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.byteLength || view.getUint32(at, true) !== 0x02014b50) return undefined
    entries.push({
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      declared: view.getUint32(at + 24, true),
      local: view.getUint32(at + 42, true),
      name: Buffer.from(buf.subarray(at + 46, at + 46 + view.getUint16(at + 28, true))).toString('utf8'),
    })
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return entries
}

/**
 * The total uncompressed size the central directory declares; a cheap first look that an honest zip bomb
 * fails. Undefined for a broken file; 0xFFFFFFFF (a zip64 entry, over 4 GB) counts as infinite.
 */
export function declaredUncompressedSize(buf: Uint8Array): number | undefined {
  const entries = centralDirectory(buf)
  if (!entries) return undefined
  return entries.reduce((total, e) => (e.declared === 0xffffffff ? Number.POSITIVE_INFINITY : total + e.declared), 0)
}

/**
 * The bytes the entries really inflate to, each inflated with zlib's output capped at what is left of `budget`:
 * a file that lies about its sizes is caught all the same, and nothing is ever inflated past the budget.
 * Answers the total, Infinity past the budget, undefined for a broken file.
 */
export function inflatedSizeWithin(buf: Uint8Array, budget: number): number | undefined {
  const entries = centralDirectory(buf)
  if (!entries) return undefined
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
  let total = 0
  for (const e of entries) {
    if (e.local + 30 > buf.byteLength || view.getUint32(e.local, true) !== 0x04034b50) return undefined
    const data = entryData(buf, view, e)
    if (e.method === 0) total += data.byteLength
    else if (e.method === 8) {
      try {
        const room = Math.min(constants.MAX_LENGTH, Math.max(1, budget - total + 1))
        total += inflateRawSync(data, { maxOutputLength: room }).byteLength
      } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? Number.POSITIVE_INFINITY : undefined
      }
    } else return undefined
    if (total > budget) return Number.POSITIVE_INFINITY
  }
  return total
}

function entryData(buf: Uint8Array, view: DataView, e: Entry): Uint8Array {
  const start = e.local + 30 + view.getUint16(e.local + 26, true) + view.getUint16(e.local + 28, true)
  return buf.subarray(start, Math.min(buf.byteLength, start + e.compressed))
}

/**
 * A reader of the zip's entries by path, inflated with zlib (native, several times faster than the JavaScript inflater
 * in jszip); for a file `inflatedSizeWithin` has already measured. The reader answers undefined for a missing or
 * unreadable entry; undefined for a broken zip.
 */
export function zipReader(buf: Uint8Array): ((path: string) => Buffer | undefined) | undefined {
  const entries = centralDirectory(buf)
  if (!entries) return undefined
  const byName = new Map(entries.map((e) => [e.name.replace(/^\//, ''), e]))
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
  return (path) => {
    const e = byName.get(path)
    if (!e || e.local + 30 > buf.byteLength || view.getUint32(e.local, true) !== 0x04034b50) return undefined
    const data = entryData(buf, view, e)
    if (e.method === 0) return Buffer.from(data)
    if (e.method !== 8) return undefined
    try {
      return inflateRawSync(data)
    } catch {
      return undefined
    }
  }
}
