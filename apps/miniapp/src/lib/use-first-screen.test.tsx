import { renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useFirstScreen } from './use-first-screen'

const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => from + i)

describe('useFirstScreen', () => {
  it('shows the first items at once and the rest in a later task, then later pages at once', async () => {
    const { result, rerender } = renderHook(({ items }) => useFirstScreen(items, 8), { initialProps: { items: [] as number[] } })
    expect(result.current).toEqual([])
    rerender({ items: ids(20) })
    expect(result.current).toEqual(ids(8))
    await waitFor(() => expect(result.current).toEqual(ids(20)))
    rerender({ items: ids(40) })
    expect(result.current).toEqual(ids(40))
  })

  it('leaves a list that fits on the first screen as it is', () => {
    const items = ids(5)
    const { result } = renderHook(() => useFirstScreen(items, 8))
    expect(result.current).toBe(items)
  })
})
