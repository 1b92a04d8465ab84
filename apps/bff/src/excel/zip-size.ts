/**
 * The total uncompressed size an xlsx (a zip) declares in its central directory, read without
 * inflating anything, so a zip bomb is refused before exceljs expands it in memory.
 * Returns undefined when the directory cannot be found (the caller then treats the file as broken).
 */
export function declaredUncompressedSize(buf: Uint8Array): number | undefined {
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
  const entries = view.getUint16(eocd + 10, true)
  let at = view.getUint32(eocd + 16, true)
  let total = 0
  for (let n = 0; n < entries; n++) {
    if (at + 46 > buf.byteLength || view.getUint32(at, true) !== 0x02014b50) return undefined
    const size = view.getUint32(at + 24, true)
    // 0xFFFFFFFF means a zip64 entry (over 4 GB): no template comes close.
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY
    total += size
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return total
}
