import { useReachBottom } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { errorMessage } from '../api/api-error'
import { useShownAgain } from './use-shown-again'
import { usePullDown } from './use-pull-down'

export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

/**
 * Cursor pagination as the BFF serves it (`{ items, nextCursor }`), with 加载更多 and pull-to-refresh.
 * `reloadKey` (e.g. the filters as JSON) starts the list again from its first page whenever it changes.
 */
function usePagedList<T extends { id: string }>(loadPage: (cursor: string | null) => Promise<Page<T>>, reloadKey?: string) {
  const [items, setItems] = useState<T[]>([])
  const [nextCursor, setNextCursor] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const [loadingMore, setLoadingMore] = useState(false)
  const [error, setError] = useState<string>()
  const [moreError, setMoreError] = useState<string>()
  const loadRef = useRef(loadPage)
  loadRef.current = loadPage
  // Each first-page load starts a new generation; an answer from an older one (filters changed while it was on
  // its way) is dropped, so a slow earlier request never overwrites the list the latest filters asked for.
  const generation = useRef(0)

  const refresh = useCallback(async () => {
    const mine = ++generation.current
    setLoading(true)
    setError(undefined)
    try {
      const page = await loadRef.current(null)
      if (mine !== generation.current) return
      setItems(page.items)
      setNextCursor(page.nextCursor)
    } catch (e) {
      if (mine === generation.current) setError(errorMessage(e))
    } finally {
      if (mine === generation.current) setLoading(false)
    }
  }, [])

  const loadMore = useCallback(async () => {
    if (!nextCursor || loadingMore) return
    const mine = generation.current
    setLoadingMore(true)
    setMoreError(undefined)
    try {
      const page = await loadRef.current(nextCursor)
      // The next page of a list the filters have since replaced belongs to nothing on screen.
      if (mine !== generation.current) return
      setItems((prev) => [...prev, ...page.items.filter((item) => !prev.some((p) => p.id === item.id))])
      setNextCursor(page.nextCursor)
    } catch (e) {
      setMoreError(errorMessage(e))
    } finally {
      setLoadingMore(false)
    }
  }, [nextCursor, loadingMore])

  /** Drops an item that left this list (e.g. a membership that was just reviewed). */
  const remove = useCallback((id: string) => setItems((prev) => prev.filter((item) => item.id !== id)), [])

  // biome-ignore lint/correctness/useExhaustiveDependencies: reloadKey is the caller's way to ask for a fresh first page
  useEffect(() => {
    void refresh()
  }, [refresh, reloadKey])

  return { items, loading, loadingMore, error, moreError, hasMore: nextCursor !== null, refresh, loadMore, remove }
}

export interface PagedPageOptions {
  /** Starts the list again from its first page whenever it changes (e.g. the filters as JSON). */
  reloadKey?: string
  /** Also refresh when the page is shown again: a page opened on top of it may have changed the list. */
  refreshOnShow?: boolean
  /** Runs after each pull-down or shown-again refresh, e.g. to drop local changes the fresh list now holds. */
  afterRefresh?: () => unknown
}

/**
 * usePagedList for the list that fills a page (whose config sets enablePullDownRefresh): the next page
 * when scrolled to the bottom, the first page again on pull-down, and optionally when shown again.
 */
export function usePagedPage<T extends { id: string }>(loadPage: (cursor: string | null) => Promise<Page<T>>, options: PagedPageOptions = {}) {
  const list = usePagedList(loadPage, options.reloadKey)
  const refresh = () => list.refresh().then(options.afterRefresh)
  useShownAgain(() => {
    if (options.refreshOnShow) void refresh()
  })
  useReachBottom(() => void list.loadMore())
  usePullDown(refresh)
  return list
}
