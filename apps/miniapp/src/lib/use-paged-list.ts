import { useCallback, useEffect, useRef, useState } from 'react'
import { errorMessage } from '../api/api-error'

export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

/**
 * Cursor pagination as the BFF serves it (`{ items, nextCursor }`), with 加载更多 and pull-to-refresh.
 * `reloadKey` (e.g. the filters as JSON) starts the list again from its first page whenever it changes.
 */
export function usePagedList<T extends { id: string }>(loadPage: (cursor: string | null) => Promise<Page<T>>, reloadKey?: string) {
  const [items, setItems] = useState<T[]>([])
  const [nextCursor, setNextCursor] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const [loadingMore, setLoadingMore] = useState(false)
  const [error, setError] = useState<string>()
  const [moreError, setMoreError] = useState<string>()
  const loadRef = useRef(loadPage)
  loadRef.current = loadPage

  const refresh = useCallback(async () => {
    setLoading(true)
    setError(undefined)
    try {
      const page = await loadRef.current(null)
      setItems(page.items)
      setNextCursor(page.nextCursor)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setLoading(false)
    }
  }, [])

  const loadMore = useCallback(async () => {
    if (!nextCursor || loadingMore) return
    setLoadingMore(true)
    setMoreError(undefined)
    try {
      const page = await loadRef.current(nextCursor)
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

  useEffect(() => {
    void refresh()
  }, [refresh, reloadKey])

  return { items, loading, loadingMore, error, moreError, hasMore: nextCursor !== null, refresh, loadMore, remove }
}
