/**
 * Page events a person causes and a test performs itself: showing the page again (back from a page opened on top,
 * or its tab tapped again) and pulling it down. The Taro shim registers each mounted hook's latest callback here,
 * so a page test fires them without replacing @tarojs/taro with `vi.mock` (decision 103).
 * Test files only.
 */
import { act } from '@testing-library/react'
import { useEffect, useRef } from 'react'

type Kind = 'show' | 'pullDown'
const live: Record<Kind, Set<{ current: () => void }>> = { show: new Set(), pullDown: new Set() }

/** Used by the shim's useDidShow and usePullDownRefresh. */
export function useLiveCallback(kind: Kind, callback: () => void) {
  const ref = useRef(callback)
  ref.current = callback
  useEffect(() => {
    live[kind].add(ref)
    return () => void live[kind].delete(ref)
  }, [kind])
}

const fire = (kind: Kind) => act(() => live[kind].forEach((ref) => ref.current()))
/** The page shown again: every mounted useDidShow runs. */
export const showAgain = () => fire('show')
/** A pull-down on the page: every mounted usePullDownRefresh runs. */
export const pullDown = () => fire('pullDown')
