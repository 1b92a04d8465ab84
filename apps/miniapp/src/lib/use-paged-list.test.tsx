import Taro from '@tarojs/taro'
import { renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { usePagedPage, type Page } from './use-paged-list'

// The page events a person causes (showing the page again, scrolling to the bottom, pulling down), which
// the test shim otherwise fires once or never: kept here so each test can fire them.
const fire = vi.hoisted(() => ({ show: [] as (() => void)[], bottom: [] as (() => void)[], pull: [] as (() => void)[] }))
vi.mock('@tarojs/taro', async (original) => {
  const taro = await original<typeof import('@tarojs/taro')>()
  const keep = (list: (() => void)[]) => (callback: () => void) => void (list[0] = callback)
  return { ...taro, useDidShow: keep(fire.show), useReachBottom: keep(fire.bottom), usePullDownRefresh: keep(fire.pull) }
})

/** Two pages of one item each, counting the requests; `version` changes what the first page holds. */
function source() {
  const calls: (string | null)[] = []
  let version = 1
  const load = async (cursor: string | null): Promise<Page<{ id: string }>> => {
    calls.push(cursor)
    return cursor ? { items: [{ id: 'b' }], nextCursor: null } : { items: [{ id: `a${version}` }], nextCursor: 'next' }
  }
  return { calls, load, change: () => void (version += 1) }
}

describe('usePagedPage', () => {
  it('loads the next page at the bottom and the first page again on pull-down, then stops the spinner', async () => {
    const stop = vi.spyOn(Taro, 'stopPullDownRefresh').mockResolvedValue(undefined)
    const s = source()
    const { result } = renderHook(() => usePagedPage(s.load))
    fire.show[0]!()
    await waitFor(() => expect(result.current.items.map((i) => i.id)).toEqual(['a1']))
    fire.bottom[0]!()
    await waitFor(() => expect(result.current.items.map((i) => i.id)).toEqual(['a1', 'b']))
    s.change()
    fire.pull[0]!()
    await waitFor(() => expect(result.current.items.map((i) => i.id)).toEqual(['a2']))
    await waitFor(() => expect(stop).toHaveBeenCalledTimes(1))
    expect(s.calls).toEqual([null, 'next', null])
  })

  it('refreshes when shown again only if asked to, and runs afterRefresh once the fresh list is in', async () => {
    const plain = source()
    renderHook(() => usePagedPage(plain.load))
    fire.show[0]!()
    fire.show[0]!()
    await waitFor(() => expect(plain.calls).toEqual([null]))

    const s = source()
    let refreshed = 0
    const { result } = renderHook(() => usePagedPage(s.load, { refreshOnShow: true, afterRefresh: () => (refreshed += 1) }))
    fire.show[0]!() // first shown: the list is loading already
    await waitFor(() => expect(result.current.items.map((i) => i.id)).toEqual(['a1']))
    s.change()
    fire.show[0]!()
    await waitFor(() => expect(result.current.items.map((i) => i.id)).toEqual(['a2']))
    await waitFor(() => expect(refreshed).toBe(1))
    expect(s.calls).toEqual([null, null])
  })

  it('keeps the list of the latest filters when an earlier request answers after it', async () => {
    // Each request waits until the test answers it, so the first filter's answer can arrive last.
    const waiting: { q: string; answer: () => void }[] = []
    const load = (q: string) => () =>
      new Promise<Page<{ id: string }>>((resolve) => waiting.push({ q, answer: () => resolve({ items: [{ id: q }], nextCursor: null }) }))
    const { result, rerender } = renderHook(({ q }) => usePagedPage(load(q), { reloadKey: q }), { initialProps: { q: 'all' } })
    await waitFor(() => expect(waiting.map((w) => w.q)).toEqual(['all']))
    rerender({ q: '恒瑞精密' })
    await waitFor(() => expect(waiting.map((w) => w.q)).toEqual(['all', '恒瑞精密']))
    waiting[1]!.answer()
    await waitFor(() => expect(result.current.items.map((i) => i.id)).toEqual(['恒瑞精密']))
    waiting[0]!.answer()
    await new Promise((r) => setTimeout(r, 0))
    expect(result.current.items.map((i) => i.id)).toEqual(['恒瑞精密'])
    expect(result.current.loading).toBe(false)
  })
})
