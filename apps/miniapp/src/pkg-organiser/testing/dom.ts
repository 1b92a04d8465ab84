/** Small DOM helpers for page tests over Taro's H5 components. Test files only. */
import { configure, fireEvent, screen } from '@testing-library/react'

// Pages here wait on a real BFF on a shared 2-core machine: allow find*/waitFor more than the 1 s default.
configure({ asyncUtilTimeout: 15_000 })

export const field = (name: string) => document.querySelector(`input[name="${name}"], textarea[name="${name}"]`) as HTMLInputElement
export const type = (name: string, value: string) => fireEvent.input(field(name), { target: { value } })
export const tapButton = (text: string) => fireEvent.click(screen.getByText(text, { selector: '.taro-button-core' }))
export const tapChip = (text: string) => fireEvent.click(screen.getAllByText(text).find((el) => el.closest('.chain-chip'))!.closest('.chain-chip')!)
/** Open a page as its route would: the query string is what useRouter reads. */
export const openAt = (query: string) => window.history.replaceState(null, '', `/${query ? `?${query}` : ''}`)
