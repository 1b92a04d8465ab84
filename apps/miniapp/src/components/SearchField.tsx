import { Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import '../styles/kit/field.css'
import '../styles/kit/page.css'
import { SearchBar } from './SearchBar'
import './SearchBar.css'

export interface SearchFieldProps {
  /** The field's label with the current choice, e.g. 专业：数控技术. */
  label: string
  name: string
  placeholder: string
  onSearch: (q: string) => void
  /** The choices the last search found. */
  children: ReactNode
  error?: ReactNode
}

/** A reference-data choice made by searching (colleges, majors): too many options for a picker wheel. */
export function SearchField({ label, name, placeholder, onSearch, children, error }: SearchFieldProps) {
  const [q, setQ] = useState('')
  return (
    <View className='field'>
      <Text className='field__label'>{label}</Text>
      {/* The shared search box, as on the jobs tab and in 匹配解释's pickers (decision 065). */}
      <SearchBar className='search-bar--flush' name={name} value={q} placeholder={placeholder} onInput={setQ} onSearch={() => onSearch(q)} />
      <View className='row-actions'>{children}</View>
      {error}
    </View>
  )
}
