import { useEffect, useState } from 'react'

/**
 * False on the first render, true once the browser is idle after it (at most 300 ms later): a page renders what is
 * below the first screen in a task of its own, so the first paint is not one long task (decision 025).
 * WeChat has no requestIdleCallback; a timeout does the same there.
 */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => setReady(true), { timeout: 300 })
      return () => cancelIdleCallback(id)
    }
    const id = setTimeout(() => setReady(true), 0)
    return () => clearTimeout(id)
  }, [])
  return ready
}
