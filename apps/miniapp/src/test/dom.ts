/** Small DOM helpers for page tests over Taro's H5 components. Test files only. */
import { fireEvent, screen, waitFor } from '@testing-library/react'

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
