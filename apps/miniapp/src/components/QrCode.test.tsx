import { render } from '@testing-library/react'
import { create } from 'qrcode'
import { describe, expect, it } from 'vitest'
import { QrCode } from './QrCode'

/** Reads the drawn rows back into module bits, from each run's width and colour. */
function readBack(container: HTMLElement, cell: number): number[][] {
  const root = container.querySelector('.qr-code') as HTMLElement
  return Array.from(root.children).map((row) =>
    Array.from(row.children).flatMap((run) => {
      const el = run as HTMLElement
      const len = parseInt(el.style.width, 10) / cell
      return Array<number>(len).fill(el.style.background.includes('17') || el.style.background === '#111' ? 1 : 0)
    }),
  )
}

describe('QrCode', () => {
  it('draws exactly the module matrix qrcode computes for the text', () => {
    const text = 'zlqv:event-1:123456'
    const { container } = render(<QrCode text={text} size={232} />)
    const m = create(text, { errorCorrectionLevel: 'M' }).modules
    const cell = Math.floor(232 / (m.size + 8))
    const drawn = readBack(container, cell)
    expect(drawn).toHaveLength(m.size)
    for (let r = 0; r < m.size; r++) {
      expect(drawn[r]).toEqual(Array.from({ length: m.size }, (_, c) => m.get(r, c)))
    }
  })

  it('keeps the text it carries for scanners and tests, and redraws when it changes', () => {
    const { container, rerender } = render(<QrCode text='first' label='签到码' />)
    expect(container.querySelector('[data-qr-text="first"]')).not.toBeNull()
    rerender(<QrCode text='second' label='签到码' />)
    expect(container.querySelector('[data-qr-text="second"]')).not.toBeNull()
  })
})
