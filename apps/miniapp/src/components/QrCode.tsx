import { View } from '@tarojs/components'
import { create } from 'qrcode'
import { useMemo } from 'react'
import { palette } from '../styles/palette'

export interface QrCodeProps {
  /** The text the code carries (a signed check-in code, a venue code). */
  text: string
  /** Edge length in px, quiet zone included. */
  size?: number
  /** For tests and screen readers: what the code is for. */
  label?: string
}

/** One row as runs of equal modules, so a row is a handful of views instead of one per module. */
function rowRuns(get: (c: number) => boolean, size: number): Array<{ dark: boolean; len: number }> {
  const runs: Array<{ dark: boolean; len: number }> = []
  for (let c = 0; c < size; c++) {
    const dark = get(c)
    const last = runs[runs.length - 1]
    if (last && last.dark === dark) last.len++
    else runs.push({ dark, len: 1 })
  }
  return runs
}

/**
 * A QR code drawn with plain views. Canvas differs between the mini-program and H5 (and jsdom has none),
 * while views render the same everywhere; `qrcode`'s `create` only computes the module matrix.
 */
export function QrCode({ text, size = 220, label }: QrCodeProps) {
  const matrix = useMemo(() => create(text, { errorCorrectionLevel: 'M' }).modules, [text])
  const quiet = 4 // modules of white border scanners need
  const n = matrix.size + quiet * 2
  const cell = Math.max(1, Math.floor(size / n))
  const edge = cell * n
  return (
    <View
      className='qr-code'
      aria-label={label ?? '二维码'}
      data-qr-text={text}
      style={{ width: `${edge}px`, height: `${edge}px`, padding: `${cell * quiet}px`, background: palette.surface, boxSizing: 'border-box' }}
    >
      {Array.from({ length: matrix.size }, (_, r) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the row number is the row's identity
        <View key={r} style={{ display: 'flex', height: `${cell}px` }}>
          {rowRuns((c) => matrix.get(r, c) === 1, matrix.size).map((run, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a run's position is its identity
            <View key={i} style={{ width: `${cell * run.len}px`, height: `${cell}px`, background: run.dark ? palette.text : palette.surface }} />
          ))}
        </View>
      ))}
    </View>
  )
}
