import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { errorMessage } from '../api/api-error'
import '../styles/kit/field.css'
import { SearchBar } from './SearchBar'
import './SearchBar.css'
import './SearchPicker.css'

export interface SearchPickerProps<T> {
  /** The input's name (forms and tests find it by this). */
  name: string
  placeholder: string
  /** The records the typed words find; a rejection is shown as its message. */
  search: (q: string) => Promise<T[]>
  /** Said when a search finds nothing, e.g. 没有找到已认证的院校，换个关键词试试. */
  emptyText: string
  /** What a found record reads as: its name, and a muted note (city, enterprise). */
  describe: (item: T) => { key: string; name: string; note: string }
  onPick: (item: T) => void
  /**
   * Records offered before anything is typed (the search with no words, its first `limit`), under `title`, or
   * `emptyText` when there are none: a page that opened as a bare box did not say what it would find (decision 079).
   */
  initial?: { title: string; emptyText: string; limit: number }
}

/**
 * Search, then pick one record by its name: an official knows colleges and jobs by name, never by id (decision 061).
 * One picker for every such step, on the shared SearchBar, so each shows the same searching, empty and error states.
 */
export function SearchPicker<T>({ name, placeholder, search, emptyText, describe, onPick, initial }: SearchPickerProps<T>) {
  const [q, setQ] = useState('')
  const [found, setFound] = useState<T[]>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  // The offered records until the first search of typed words.
  const [offered, setOffered] = useState(initial !== undefined)
  const run = async (words = q.trim(), offering = false) => {
    if (busy) return
    setBusy(true)
    setError(undefined)
    setOffered(offering)
    try {
      const items = await search(words)
      setFound(offering && initial ? items.slice(0, initial.limit) : items)
    } catch (e) {
      // The last answer was for other words: left beside the error it reads as this search's result (decision 068).
      setFound(undefined)
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }
  // The offer is read once, when the picker opens.
  useEffect(() => {
    if (initial) void run('', true)
  }, [])
  return (
    <View className='search-picker'>
      <SearchBar className='search-bar--flush' name={name} value={q} placeholder={placeholder} busy={busy} onInput={setQ} onSearch={() => void run()} />
      {busy && <Text className='muted search-picker__line' aria-busy='true'>正在搜索…</Text>}
      {error && <Text className='field-error' role='alert'>{error}</Text>}
      {!busy && found?.length === 0 && <Text className='muted search-picker__line'>{offered && initial ? initial.emptyText : emptyText}</Text>}
      {!busy && offered && initial && !!found?.length && <Text className='search-picker__title'>{initial.title}</Text>}
      {found?.map((item) => {
        const { key, name: label, note } = describe(item)
        return (
          <View role='button' key={key} className='search-picker__item' onClick={() => onPick(item)}>
            <Text>{label}</Text>
            <Text className='muted search-picker__note'>{note}</Text>
          </View>
        )
      })}
    </View>
  )
}
