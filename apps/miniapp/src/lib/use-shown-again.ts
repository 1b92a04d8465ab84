import { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'

/** Runs `callback` each time the page is shown again (back from a page opened on top of it), not when it first opens. */
export function useShownAgain(callback: () => void) {
  const shownBefore = useRef(false)
  useDidShow(() => {
    if (shownBefore.current) callback()
    shownBefore.current = true
  })
}
