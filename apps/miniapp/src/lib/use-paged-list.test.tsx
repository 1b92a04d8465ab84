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

  // Decision 106: a refresh blanked the list to 加载中 until it answered, and its failure replaced the items.
  describe('a refresh of a list on screen', () => {
    /** A first page whose every request waits until the test answers or fails it. */
    function gated() {
      const waiting: { cursor: string | null; answer: (ids: string[], next?: string) => void; fail: () => void }[] = []
      const load = (cursor: string | null) =>
        new Promise<Page<{ id: string }>>((resolve, reject) =>
          waiting.push({ cursor, answer: (ids, next) => resolve({ items: ids.map((id) => ({ id })), nextCursor: next ?? null }), fail: () => reject(new Error('offline')) }))
      return { waiting, load }
    }
    const ids = (items: { id: string }[]) => items.map((i) => i.id)

    it('keeps the items while it is on its way, then replaces them', async () => {
      vi.spyOn(Taro, 'stopPullDownRefresh').mockResolvedValue(undefined)
      const g = gated()
      const { result } = renderHook(() => usePagedPage(g.load, { refreshOnShow: true }))
      await waitFor(() => expect(g.waiting).toHaveLength(1))
      g.waiting[0]!.answer(['a'])
      await waitFor(() => expect(ids(result.current.items)).toEqual(['a']))
      fire.show[0]!() // first shown
      fire.show[0]!() // shown again
      await waitFor(() => expect(g.waiting).toHaveLength(2))
      expect(result.current.stateView).toMatchObject({ loading: false, refreshing: true, error: undefined })
      expect(ids(result.current.items)).toEqual(['a'])
      g.waiting[1]!.answer(['fresh'])
      await waitFor(() => expect(ids(result.current.items)).toEqual(['fresh']))
      expect(result.current.stateView).toMatchObject({ loading: false, refreshing: false })
    })

    it('keeps the items when it fails and says so apart from a first load that fails, and 重试 refreshes again', async () => {
      vi.spyOn(Taro, 'stopPullDownRefresh').mockResolvedValue(undefined)
      const g = gated()
      const { result } = renderHook(() => usePagedPage(g.load))
      await waitFor(() => expect(g.waiting).toHaveLength(1))
      g.waiting[0]!.fail()
      await waitFor(() => expect(result.current.stateView.error).toBe('网络连接失败，请检查网络后重试'))
      expect(result.current.stateView).toMatchObject({ loading: false, refreshing: false, refreshError: undefined })
      result.current.stateView.onRetry() // a first load again: 加载中, not a refresh
      await waitFor(() => expect(result.current.stateView).toMatchObject({ loading: true, error: undefined, refreshing: false }))
      g.waiting[1]!.answer(['a'])
      await waitFor(() => expect(ids(result.current.items)).toEqual(['a']))

      fire.pull[0]!()
      await waitFor(() => expect(g.waiting).toHaveLength(3))
      g.waiting[2]!.fail()
      await waitFor(() => expect(result.current.stateView.refreshError).toBe('网络连接失败，请检查网络后重试'))
      expect(result.current.stateView).toMatchObject({ loading: false, refreshing: false, error: undefined })
      expect(ids(result.current.items)).toEqual(['a'])
      result.current.stateView.onRetry()
      await waitFor(() => expect(result.current.stateView).toMatchObject({ refreshing: true, refreshError: undefined }))
      g.waiting[3]!.answer(['b'])
      await waitFor(() => expect(ids(result.current.items)).toEqual(['b']))
    })

    it('starts the pages again after 加载更多, and holds 加载更多 back until its answer', async () => {
      vi.spyOn(Taro, 'stopPullDownRefresh').mockResolvedValue(undefined)
      const g = gated()
      const { result } = renderHook(() => usePagedPage(g.load))
      await waitFor(() => expect(g.waiting).toHaveLength(1))
      g.waiting[0]!.answer(['a', 'b'], 'page2')
      await waitFor(() => expect(result.current.hasMore).toBe(true))
      fire.bottom[0]!()
      await waitFor(() => expect(g.waiting).toHaveLength(2))
      g.waiting[1]!.answer(['c'], 'page3')
      await waitFor(() => expect(ids(result.current.items)).toEqual(['a', 'b', 'c']))

      // A new item came first meanwhile: the fresh first page is the list, not appended to or merged with the old one.
      fire.pull[0]!()
      await waitFor(() => expect(g.waiting).toHaveLength(3))
      fire.bottom[0]!() // page3 of the old list would not follow the fresh first page
      g.waiting[2]!.answer(['new', 'a'], 'page2b')
      await waitFor(() => expect(ids(result.current.items)).toEqual(['new', 'a']))
      expect(g.waiting.map((w) => w.cursor)).toEqual([null, 'page2', null])
      fire.bottom[0]!()
      await waitFor(() => expect(g.waiting.map((w) => w.cursor)).toEqual([null, 'page2', null, 'page2b']))
      g.waiting[3]!.answer(['b', 'c'])
      await waitFor(() => expect(ids(result.current.items)).toEqual(['new', 'a', 'b', 'c']))
    })

    it('lets the latest of two refreshes win when the earlier answers last', async () => {
      vi.spyOn(Taro, 'stopPullDownRefresh').mockResolvedValue(undefined)
      const g = gated()
      const { result } = renderHook(() => usePagedPage(g.load))
      await waitFor(() => expect(g.waiting).toHaveLength(1))
      g.waiting[0]!.answer(['a'])
      await waitFor(() => expect(ids(result.current.items)).toEqual(['a']))
      fire.pull[0]!()
      fire.pull[0]!()
      await waitFor(() => expect(g.waiting).toHaveLength(3))
      g.waiting[2]!.answer(['latest'])
      await waitFor(() => expect(ids(result.current.items)).toEqual(['latest']))
      g.waiting[1]!.fail()
      await new Promise((r) => setTimeout(r, 0))
      expect(ids(result.current.items)).toEqual(['latest'])
      expect(result.current.stateView).toMatchObject({ refreshing: false, refreshError: undefined })
    })

    it('is not what a new filter does: the new question shows 加载中, not the old answers', async () => {
      const g = gated()
      const { result, rerender } = renderHook(({ q }) => usePagedPage(g.load, { reloadKey: q }), { initialProps: { q: 'all' } })
      await waitFor(() => expect(g.waiting).toHaveLength(1))
      g.waiting[0]!.answer(['a'])
      await waitFor(() => expect(ids(result.current.items)).toEqual(['a']))
      rerender({ q: '恒瑞精密' })
      await waitFor(() => expect(g.waiting).toHaveLength(2))
      expect(result.current.stateView).toMatchObject({ loading: true, refreshing: false })
      expect(result.current.items).toEqual([])
      g.waiting[1]!.fail()
      await waitFor(() => expect(result.current.stateView.error).toBe('网络连接失败，请检查网络后重试'))
      expect(result.current.stateView.refreshError).toBeUndefined()
    })
  })
})
