/** Small DOM helpers for page tests over Taro's H5 components. Test files only. */
import Taro from '@tarojs/taro'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { vi } from 'vitest'

const field = (name: string) => document.querySelector(`input[name="${name}"], textarea[name="${name}"]`) as HTMLInputElement
export const type = (name: string, value: string) => fireEvent.input(field(name), { target: { value } })
export const tapButton = (text: string) => fireEvent.click(screen.getByText(text, { selector: '.taro-button-core' }))
export const tapChip = (text: string) => fireEvent.click(screen.getAllByText(text).find((el) => el.closest('.chain-chip'))!.closest('.chain-chip')!)
/** Opens a page as navigateTo would: the query string (`id=…`, no `?`) is what useRouter reads. */
export const openAt = (query: string) => window.history.replaceState(null, '', `/${query ? `?${query}` : ''}`)
/**
 * Types into the textarea inside `container`. Taro's Textarea is a web component whose inner <textarea>
 * appears a moment after it mounts (later on a busy machine), so this waits for it first.
 */
export async function typeTextarea(container: ParentNode, value: string) {
  const textarea = await waitFor(() => {
    const found = container.querySelector('textarea')
    if (!found) throw new Error('the textarea is not shown yet')
    return found
  })
  fireEvent.input(textarea, { target: { value } })
}

/** WeChat's (and Taro H5's) rule: a modal whose button text is over 4 Chinese characters is refused, not shown. */
const fitsModalButton = (text?: string) => !text || text.replace(/[\u0391-\uFFE5]/g, 'aa').length <= 8

/** Answers Taro's modals with 确定, refusing them as WeChat does when a button's text is too long. */
export const confirmModal = () =>
  vi.spyOn(Taro, 'showModal').mockImplementation(async (options) => {
    if (!fitsModalButton(options?.confirmText) || !fitsModalButton(options?.cancelText)) throw new Error('showModal:fail confirmText length should not larger then 4 Chinese characters')
    return { confirm: true, cancel: false, errMsg: 'showModal:ok' }
  })

/** Taro H5's navigation bar back arrow, as the app's shell draws it above the page; a test removes it after itself. */
export function backArrow() {
  const back = document.createElement('div')
  back.className = 'taro-navigation-bar-back'
  document.body.append(back)
  return back
}

/** Whether the browser would ask before a reload or closing the tab: a `beforeunload` listener prevented it (decision 096). */
export function unloadAsks() {
  const event = new Event('beforeunload', { cancelable: true })
  window.dispatchEvent(event)
  return event.defaultPrevented
}
