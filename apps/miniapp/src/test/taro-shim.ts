/**
 * `@tarojs/taro` for vitest. The real module is wired up by Taro's build (platform + framework
 * plugins); tests get the H5 implementation of the API (the code that ships in dist/h5) and
 * page-lifecycle hooks that fire the way a freshly opened page would.
 */
import { useEffect, useRef } from 'react'
import * as api from '@tarojs/taro-h5/dist/api/index.js'
import taro from '@tarojs/taro-h5/dist/api/taro.js'
import { useLiveCallback } from './page-events'

export * from '@tarojs/taro-h5/dist/api/index.js'

function useOnMount(callback: () => void) {
  const ref = useRef(callback)
  ref.current = callback
  useEffect(() => ref.current(), [])
}

/** A page shown for the first time: load and show both fire once; page-events.ts shows it again or pulls it down. */
export const useLoad = useOnMount
export function useDidShow(callback: () => void) {
  useOnMount(callback)
  useLiveCallback('show', callback)
}
export const useReady = useOnMount
export const usePullDownRefresh = (callback: () => void) => useLiveCallback('pullDown', callback)
// Gestures tests don't perform; their handlers are exercised through the buttons that do the same.
export const useReachBottom = (_callback: () => void) => undefined
export const useDidHide = (_callback: () => void) => undefined
/** WeChat's share menu: H5 has none; the share card's path is checked where it is built (pkg-org/invite-link). */
export const useShareAppMessage = (_callback: () => unknown) => undefined

export function useRouter() {
  const params = Object.fromEntries(new URLSearchParams(window.location.search))
  return { params, path: window.location.pathname }
}

const Taro = Object.assign(taro, api, { useLoad, useDidShow, useReady, usePullDownRefresh, useReachBottom, useDidHide, useRouter, useShareAppMessage })
export default Taro
