import { useEffect, useState } from 'react'

/**
 * The first `first` items at once, all of them one idle callback later (at most 300 ms): a list whose data arrives in
 * one answer renders what fits on the first screen in the task that received it, and the rest in a task of its own,
 * so neither is a long task (Lighthouse's total blocking time, decision 047). Once the whole list has been shown,
 * later items (the next page) render at once. WeChat has no requestIdleCallback; a timeout does the same there.
 */
export function useFirstScreen<T>(items: T[], first: number): T[] {
  const [all, setAll] = useState(false)
  const waiting = !all && items.length > first
  useEffect(() => {
    if (!waiting) return
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => setAll(true), { timeout: 300 })
      return () => cancelIdleCallback(id)
    }
    const id = setTimeout(() => setAll(true), 0)
    return () => clearTimeout(id)
  }, [waiting])
  return waiting ? items.slice(0, first) : items
}
