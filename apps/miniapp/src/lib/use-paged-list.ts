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
 *
 * A first load (on opening, or for a new reloadKey) has nothing of its query to show: `loading`, and on failure
 * `error`, replace the list. A refresh of a list on screen (pull-down, shown again, 重试) keeps its items: `refreshing`
 * while it is on its way, `refreshError` if it fails; its answer replaces the items and restarts the cursor (decision 106).
 */
function usePagedList<T extends { id: string }>(loadPage: (cursor: string | null) => Promise<Page<T>>, reloadKey?: string) {
  const [items, setItems] = useState<T[]>([])
  const [nextCursor, setNextCursor] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const [refreshing, setRefreshing] = useState(false)
  const [loadingMore, setLoadingMore] = useState(false)
  const [error, setError] = useState<string>()
  const [refreshError, setRefreshError] = useState<string>()
  const [moreError, setMoreError] = useState<string>()
  const loadRef = useRef(loadPage)
  loadRef.current = loadPage
  // Each first-page load starts a new generation; an answer from an older one (filters changed, or a second refresh
  // started, while it was on its way) is dropped, so a slow earlier request never overwrites what the latest asked for.
  const generation = useRef(0)
  // Whether a first page of the current reloadKey is on screen: then a first-page load is a refresh that keeps it.
  const listed = useRef(false)
  // A first-page load on its way: 加载更多 waits for it, as the cursor it would follow is about to be replaced.
  const firstPagePending = useRef(false)

  /** Resolves true when its answer is the list now on screen (not failed, not overtaken by a later load). */
  const loadFirstPage = useCallback(async (): Promise<boolean> => {
    const mine = ++generation.current
    const isRefresh = listed.current
    firstPagePending.current = true
    setRefreshError(undefined)
    setRefreshing(isRefresh)
    if (!isRefresh) {
      setLoading(true)
      setError(undefined)
    }
    try {
      const page = await loadRef.current(null)
      if (mine !== generation.current) return false
      listed.current = true
      setItems(page.items)
      setNextCursor(page.nextCursor)
      setMoreError(undefined)
      return true
    } catch (e) {
      if (mine !== generation.current) return false
      if (isRefresh) setRefreshError(errorMessage(e))
      else setError(errorMessage(e))
      return false
    } finally {
      if (mine === generation.current) {
        firstPagePending.current = false
        setLoading(false)
        setRefreshing(false)
      }
    }
  }, [])

  const loadMore = useCallback(async () => {
    if (!nextCursor || loadingMore || firstPagePending.current) return
    const mine = generation.current
    setLoadingMore(true)
    setMoreError(undefined)
    try {
      const page = await loadRef.current(nextCursor)
      // The next page of a list since refreshed or replaced belongs to nothing on screen.
      if (mine !== generation.current) return
      setItems((prev) => [...prev, ...page.items.filter((item) => !prev.some((p) => p.id === item.id))])
      setNextCursor(page.nextCursor)
    } catch (e) {
      if (mine === generation.current) setMoreError(errorMessage(e))
    } finally {
      setLoadingMore(false)
    }
  }, [nextCursor, loadingMore])

  /** Drops an item that left this list (e.g. a membership that was just reviewed). */
  const remove = useCallback((id: string) => setItems((prev) => prev.filter((item) => item.id !== id)), [])

  // A new reloadKey asks a different question: its first page is a first load (加载中), not a refresh, since the items
  // of the previous filters or keyword on screen would read as answers to the new one (decision 106).
  // biome-ignore lint/correctness/useExhaustiveDependencies: reloadKey is the caller's way to ask for a fresh first page
  useEffect(() => {
    listed.current = false
    setItems([])
    setNextCursor(null)
    void loadFirstPage()
  }, [loadFirstPage, reloadKey])

  // What StateView needs, spread into it on every list page (`<StateView {...list.stateView} …>`): one way for all lists.
  const stateView = { loading, error, refreshing, refreshError, onRetry: () => void loadFirstPage() }
  return { items, loading, refreshing, loadingMore, error, refreshError, moreError, hasMore: nextCursor !== null, refresh: loadFirstPage, loadMore, remove, stateView }
}

export interface PagedPageOptions {
  /** Starts the list again from its first page whenever it changes (e.g. the filters as JSON). */
  reloadKey?: string
  /** Also refresh when the page is shown again: a page opened on top of it may have changed the list. */
  refreshOnShow?: boolean
  /**
   * Runs after each pull-down or shown-again refresh whose fresh list arrived, e.g. to drop local changes it now holds
   * (after a failed one the old list stays, and so do they).
   */
  afterRefresh?: () => unknown
}

/**
 * usePagedList for the list that fills a page (whose config sets enablePullDownRefresh): the next page
 * when scrolled to the bottom, the first page again on pull-down, and optionally when shown again.
 */
export function usePagedPage<T extends { id: string }>(loadPage: (cursor: string | null) => Promise<Page<T>>, options: PagedPageOptions = {}) {
  const list = usePagedList(loadPage, options.reloadKey)
  const refresh = () => list.refresh().then((fresh) => fresh && options.afterRefresh?.())
  useShownAgain(() => {
    if (options.refreshOnShow) void refresh()
  })
  useReachBottom(() => void list.loadMore())
  usePullDown(refresh)
  // 重试 after a failed refresh is that refresh again, with what the page does after one.
  return { ...list, stateView: { ...list.stateView, onRetry: () => void refresh() } }
}
