import { useCallback, useEffect, useRef, useState } from 'react'
import { errorMessage } from '../api/api-error'

export interface Remote<T> {
  data: T | undefined
  error: string | undefined
  loading: boolean
  /** Resolves when the load settles, so pull-to-refresh can stop its spinner at the right moment. */
  reload: () => Promise<void>
}

/** Loads once on mount; `reload` for retry buttons and pull-to-refresh. Errors arrive as Chinese messages. */
export function useRemote<T>(load: () => Promise<T>, options: { enabled?: boolean } = {}): Remote<T> {
  const enabled = options.enabled ?? true
  const [data, setData] = useState<T>()
  const [error, setError] = useState<string>()
  const [loading, setLoading] = useState(enabled)
  const loadRef = useRef(load)
  loadRef.current = load
  const generation = useRef(0)

  const reload = useCallback(async () => {
    const mine = ++generation.current
    setLoading(true)
    setError(undefined)
    try {
      const value = await loadRef.current()
      if (mine === generation.current) setData(value)
    } catch (e) {
      if (mine === generation.current) setError(errorMessage(e))
    } finally {
      if (mine === generation.current) setLoading(false)
    }
  }, [])

  useEffect(() => {
    if (enabled) void reload()
    else setLoading(false)
  }, [enabled, reload])

  return { data, error, loading, reload }
}
