import Taro from '@tarojs/taro'
import { useCallback, useEffect, useRef } from 'react'

export const LEAVE_MESSAGE = '您修改的内容尚未保存，离开后将丢失。确定离开吗？'
/** For forms that keep every keystroke on the phone (a job, 附件1/附件2): nothing is lost, but nothing is sent either. */
export const KEPT_ON_PHONE_MESSAGE = '您修改的内容尚未保存到平台（本机已暂存，下次打开可继续）。确定离开吗？'

/** Taro H5's own navigation bar draws its back arrow with this class; its click runs navigateBack. */
const H5_BACK = '.taro-navigation-bar-back'

/**
 * Asks before the user leaves a form holding unsaved changes (decision 096); `dirty` false (nothing typed, or saved)
 * asks nothing. The one way every editing form does it.
 * - WeChat: enableAlertBeforeUnload, whose dialog WeChat shows on the navigation bar's back and Android's back key
 *   only (not on a swipe back, and never stopping the user from closing the mini-program).
 * - H5: the browser's own prompt on reload or closing the tab (beforeunload), and a confirmation on the navigation
 *   bar's back arrow. The browser's back gesture is not asked, as WeChat does not ask on a swipe.
 * Returns `release`, which drops the question at once: a form that goes back by itself after saving calls it first,
 * since its re-render (dirty false) comes after the navigation.
 */
export function useLeaveGuard(dirty: boolean, message: string = LEAVE_MESSAGE): () => void {
  const active = useRef<(() => void) | null>(null)
  useEffect(() => {
    if (!dirty) return
    if (process.env.TARO_ENV === 'weapp') {
      void Taro.enableAlertBeforeUnload({ message })
      const off = () => void Taro.disableAlertBeforeUnload()
      active.current = off
      return off
    }
    // A page opened on top of this one (H5 keeps this one in the DOM) has another address; its back arrow is not ours.
    const here = window.location.href
    const onUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault()
      e.returnValue = ''
    }
    const onBack = (e: MouseEvent) => {
      if (!(e.target instanceof Element) || !e.target.closest(H5_BACK) || window.location.href !== here) return
      e.stopPropagation()
      e.preventDefault()
      void Taro.showModal({ title: '离开此页', content: message, confirmText: '离开', cancelText: '留下' }).then((answer) => {
        if (!answer.confirm) return
        stop()
        void Taro.navigateBack()
      })
    }
    const stop = () => {
      window.removeEventListener('beforeunload', onUnload)
      document.removeEventListener('click', onBack, true)
    }
    window.addEventListener('beforeunload', onUnload)
    // Capturing, so the question comes before the navigation bar's own handler takes the user back.
    document.addEventListener('click', onBack, true)
    active.current = stop
    return stop
  }, [dirty, message])
  return useCallback(() => {
    active.current?.()
    active.current = null
  }, [])
}
